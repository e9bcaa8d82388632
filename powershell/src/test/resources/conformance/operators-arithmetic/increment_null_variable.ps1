$n = $null
$n++
$n
$n.GetType().Name
