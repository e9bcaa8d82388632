[int[]]$n = '1', '2'
$n += '3'
$n[2] + 1
$n.GetType().Name
