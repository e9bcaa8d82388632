$p = Join-Path $env:TEMP 'oe-conf-append.csv'
[pscustomobject]@{ a = 1 } | Export-Csv -Path $p -NoTypeInformation
[pscustomobject]@{ a = 2 } | Export-Csv -Path $p -NoTypeInformation -Append
Get-Content $p
