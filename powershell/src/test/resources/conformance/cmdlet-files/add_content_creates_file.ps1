$p = Join-Path $env:TEMP 'oe-conf-log.txt'
Test-Path $p
Add-Content -Path $p -Value 'first entry'
Add-Content -Path $p -Value 'second entry'
Test-Path $p
Get-Content $p
