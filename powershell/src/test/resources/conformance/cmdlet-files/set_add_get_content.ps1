$p = Join-Path $env:TEMP 'oe-conf-content.txt'
Set-Content -Path $p -Value 'l1', 'l2'
Add-Content -Path $p -Value 'l3'
Get-Content $p
(Get-Content $p).Count
(Get-Content $p)[1]
Get-Content $p -TotalCount 1
