$name = 'World'
$s = @'
Hello $name
`t stays
'@
$s -split "`n" | ForEach-Object { $_.TrimEnd("`r") }
