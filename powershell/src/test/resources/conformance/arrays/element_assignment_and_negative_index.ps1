$a = 1, 2, 3
$a[0] = 'first'
$a[-1] = 'last'
$a -join ','
