12345 -replace '3', '-'
