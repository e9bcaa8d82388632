$r = 1..3 | ForEach-Object { $_ * $_ }
$r -join ','
$r.GetType().Name
