$p = Join-Path $env:TEMP 'oe-conf-missing.txt'
Get-Content -Path $p -ErrorAction Stop
