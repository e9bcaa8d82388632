function f([int]$n, [switch]$s) { "$n $s" }
f -n:5 -s:$false
f -n:7 -s
