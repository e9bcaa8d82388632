function f($p) { "p=$p rest=$($args -join ',')" }
f 1 2 3
