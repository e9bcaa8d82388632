$a = ,1
$a.GetType().Name
$a.Count
$b = ,(1, 2)
$b.Count
$b[0].Count
