1, 2, 3 | Out-Null
$r = 'value' | Out-Null
$null -eq $r
