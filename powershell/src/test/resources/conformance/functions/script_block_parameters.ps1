$sb = { param($x, $y = 10) $x * $y }
& $sb 4
& $sb 2 3
$sb.Invoke(5)
