$s = @"
a`tb `"q`"
"@
$s.Length
$s.Contains("`t")
