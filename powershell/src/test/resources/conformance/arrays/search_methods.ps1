$a = 'x', 'y', 'z'
$a.IndexOf('y')
[array]::IndexOf($a, 'z')
$a -contains 'Y'
