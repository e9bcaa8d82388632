[regex]::Matches('a1b22c333', '\d+') | ForEach-Object { $_.Value }
