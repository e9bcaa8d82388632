$r = & { $null; 'a' }
$r.Count
$null -eq $r[0]
