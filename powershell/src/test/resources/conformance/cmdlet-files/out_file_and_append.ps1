$p = Join-Path $env:TEMP 'oe-conf-out.txt'
'a', 'b' | Out-File -FilePath $p
'c' | Out-File -FilePath $p -Append
Get-Content $p
