@{ a = 1; b = 2 } | ForEach-Object { 'one' }
(@{ a = 1; b = 2 }).Count
