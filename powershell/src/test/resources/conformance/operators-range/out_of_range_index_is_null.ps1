$a = 1, 2
$null -eq $a[5]
$null -eq $a[-3]
