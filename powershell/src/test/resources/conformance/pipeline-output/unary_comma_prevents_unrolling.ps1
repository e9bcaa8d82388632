function f { return , @(1, 2, 3) }
f | ForEach-Object { "count $($_.Count)" }
$r = f
$r.Count
