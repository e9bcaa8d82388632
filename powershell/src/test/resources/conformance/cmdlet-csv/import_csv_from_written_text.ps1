$p = Join-Path $env:TEMP 'oe-conf-import.csv'
Set-Content -Path $p -Value 'EmployeeId,GivenName,Groups', '100,Ann,"a;b"', '101,Bob,'
$rows = Import-Csv $p
$rows[0].Groups.Split(';').Count
$rows[1].GivenName
"[$($rows[1].Groups)]"
$rows[0].PSObject.Properties.Name -join ','
