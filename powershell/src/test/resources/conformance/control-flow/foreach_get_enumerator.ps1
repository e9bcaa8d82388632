$h = [ordered]@{ a = 1; b = 2 }
foreach ($e in $h.GetEnumerator()) { "$($e.Key):$($e.Value)" }
