$p = Join-Path $env:TEMP 'oe-conf-one-line.txt'
Set-Content -Path $p -Value 'just one'
(Get-Content $p).GetType().Name
