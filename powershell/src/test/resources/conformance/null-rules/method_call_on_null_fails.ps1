$x = $null
$x.ToString()
