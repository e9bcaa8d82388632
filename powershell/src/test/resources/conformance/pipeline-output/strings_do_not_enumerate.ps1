'abc' | ForEach-Object { $_.Length }
