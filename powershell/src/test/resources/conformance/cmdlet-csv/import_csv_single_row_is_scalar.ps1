$p = Join-Path $env:TEMP 'oe-conf-one.csv'
Set-Content -Path $p -Value 'k,v', 'only,1'
$r = Import-Csv $p
$r.GetType().Name
$r.k
