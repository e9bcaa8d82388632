$a = 1, 2
$b = $a
$a += 3
$a.Count
$b.Count
