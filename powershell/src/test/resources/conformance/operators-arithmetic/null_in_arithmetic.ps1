$null + 1
1 + $null
'a' + $null
$null + 'a'
