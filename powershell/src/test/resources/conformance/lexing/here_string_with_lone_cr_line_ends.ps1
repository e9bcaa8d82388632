# LineEndings.Tests.ps1: a here-string header may end with a lone CR
$a = @'onetwo'@
$a.Split("`r").Count
$b = @"
x
"@
$b
