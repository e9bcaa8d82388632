$name = 'World'
$s = @"
Hello $name
  "quoted" and 'single'
"@
$s -split "`n" | ForEach-Object { $_.TrimEnd("`r") }
