function two { 2 }
(two) + 3
$x = (two) * (two)
$x
