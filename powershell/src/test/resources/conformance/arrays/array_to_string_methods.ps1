$a = 1, 2
$a.ToString()
