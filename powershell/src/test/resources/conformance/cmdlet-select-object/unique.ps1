(1, 1, 2, 3, 3 | Select-Object -Unique) -join ','
