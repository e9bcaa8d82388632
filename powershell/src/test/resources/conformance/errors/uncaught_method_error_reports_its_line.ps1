$x = 1
$y = $null
$y.Trim()
