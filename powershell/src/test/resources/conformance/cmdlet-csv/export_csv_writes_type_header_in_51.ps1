# ps51: PowerShell 7 omits the #TYPE line by default
$p = Join-Path $env:TEMP 'oe-conf-export.csv'
[pscustomobject]@{ a = 1; b = 'x' }, [pscustomobject]@{ a = 2; b = 'y,z' } | Export-Csv -Path $p
Get-Content $p
