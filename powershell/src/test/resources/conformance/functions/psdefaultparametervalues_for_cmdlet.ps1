$p = Join-Path $env:TEMP 'oe-conf-defaults.csv'
$PSDefaultParameterValues['Export-Csv:NoTypeInformation'] = $true
[pscustomobject]@{ k = 'v' } | Export-Csv -Path $p
Get-Content $p
