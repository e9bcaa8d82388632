$r = 1..3 | Where-Object { $_ -gt 10 }
$null -eq $r
@($r).Count
@(1..3 | Where-Object { $_ -gt 10 }).Count
