$a = 1, 2
$a.Add(3)
