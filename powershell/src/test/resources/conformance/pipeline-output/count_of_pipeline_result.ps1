$r = @(1..5 | Where-Object { $_ -gt 3 })
$r.Count
$s = 1..5 | Where-Object { $_ -gt 4 }
$s.GetType().Name
