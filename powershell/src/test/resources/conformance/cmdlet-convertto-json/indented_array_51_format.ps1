# ps51: PowerShell 7 indents with two spaces
ConvertTo-Json @(1, 2)
