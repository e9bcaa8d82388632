$p = Join-Path $env:TEMP 'oe-conf-mixed.txt'
Set-Content -Path $p -Value "a`nb`r`nc" -NoNewline
Get-Content $p
(Get-Content $p).Count
