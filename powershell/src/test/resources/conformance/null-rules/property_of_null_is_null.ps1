$x = $null
$null -eq $x.Anything
$null -eq $x.Anything.Deeper
