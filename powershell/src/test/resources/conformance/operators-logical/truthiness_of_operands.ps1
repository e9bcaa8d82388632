1 -and 'a'
0 -or ''
'0' -and 'False'
@(0) -or $false
@(0, 0) -and $true
