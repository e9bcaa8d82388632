($x = 'val')
$x
