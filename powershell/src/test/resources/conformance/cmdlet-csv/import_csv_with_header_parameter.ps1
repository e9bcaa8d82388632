$p = Join-Path $env:TEMP 'oe-conf-noheader.csv'
Set-Content -Path $p -Value '1,Ann', '2,Bob'
$rows = Import-Csv -Path $p -Header Id, Name
$rows.Count
$rows[1].Name
