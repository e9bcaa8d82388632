$rows = 'a,b', '1,2', '3,4' | ConvertFrom-Csv
$rows.Count
$rows[0]
$rows | ForEach-Object { $_.a }
$rows[1].b.GetType().Name
