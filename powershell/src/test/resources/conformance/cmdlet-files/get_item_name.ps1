$p = Join-Path $env:TEMP 'oe-conf-item.txt'
Set-Content -Path $p -Value 'x'
(Get-Item $p).Name
(Get-Item $p).Extension
(Get-Item $p).BaseName
