$null | ForEach-Object { 'ran' }
