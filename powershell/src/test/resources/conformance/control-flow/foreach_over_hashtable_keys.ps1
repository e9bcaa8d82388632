$h = [ordered]@{ one = 1; two = 2 }
foreach ($k in $h.Keys) { "$k=$($h[$k])" }
