Write-Output 1, 2 | ForEach-Object { "x$_" }
