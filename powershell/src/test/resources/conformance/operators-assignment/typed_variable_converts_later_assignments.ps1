[int]$n = '5'
$n += '2'
$n
$n.GetType().Name
