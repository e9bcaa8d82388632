function f($a, $b, $c) { "$a/$b/$c" }
$p = @{ b = 2 }
f @p -c 3 1
