function f([int]$n) { $n + 1 }
f '41'
f 2.5
function g([string]$s) { $s.GetType().Name + ':' + $s }
g 12
