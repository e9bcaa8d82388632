$a = 'A'
$a_b = 'AB'
"$a_b"
"$($a)_b"
