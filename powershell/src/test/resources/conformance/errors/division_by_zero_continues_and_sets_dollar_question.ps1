$zero = 0
$x = 1 / $zero
$?
'next'
