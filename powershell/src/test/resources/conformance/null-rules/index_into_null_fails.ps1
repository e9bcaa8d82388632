$x = $null
$x[0]
