$p = Join-Path $env:TEMP 'oe-conf-export-nti.csv'
[pscustomobject]@{ id = 7; name = 'say "hi"' } | Export-Csv -Path $p -NoTypeInformation
Get-Content $p
