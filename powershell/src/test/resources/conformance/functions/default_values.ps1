function f($x = 5, $y = $x * 2) { "$x $y" }
f
f 1
f 1 1
