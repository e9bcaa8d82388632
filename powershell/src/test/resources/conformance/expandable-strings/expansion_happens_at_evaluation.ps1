$v = 1
$s = "v=$v"
$v = 2
$s
"v=$v"
