$s = @"
one
"@
$s.Length
$s
