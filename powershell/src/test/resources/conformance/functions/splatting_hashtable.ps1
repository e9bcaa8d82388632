function f($a, $b) { "$a/$b" }
$p = @{ b = 2; a = 1 }
f @p
