function f($a, $b) { "$a/$b" }
$list = 'x', 'y'
f @list
