Set-StrictMode -Version 2.0
$a = 1, 2
$null -eq $a[5]
