# ps51: PowerShell 7 enumerates the array and prints x three times
'[1,2,3]' | ConvertFrom-Json | ForEach-Object { 'x' }
('[1,2,3]' | ConvertFrom-Json).Count
