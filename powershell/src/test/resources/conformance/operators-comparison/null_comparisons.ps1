$null -eq $null
$null -eq 0
0 -eq $null
'' -eq $null
$null -eq ''
$null -ne 'x'
