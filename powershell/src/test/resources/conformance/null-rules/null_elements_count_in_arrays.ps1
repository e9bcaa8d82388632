$a = 1, $null, 2
$a.Count
