$a = [datetime]'2021-01-01'
$b = [datetime]'2022-01-01'
$a -lt $b
($b - $a).Days
$a.CompareTo($b)
