$a, $b = 1, 2
"$a $b"
$first, $rest = 1, 2, 3, 4
$first
$rest -join ','
$x, $y, $z = 'only', 'two'
"[$z]"
