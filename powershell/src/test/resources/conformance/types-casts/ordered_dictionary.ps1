$o = [ordered]@{ b = 1; a = 2; c = 3 }
$o.Keys -join ','
$o[0]
$o['a']
$o.c
$o
