# ps51: PowerShell 7 indents nested members by two spaces per level
[pscustomobject]@{ a = [pscustomobject]@{ b = 1 } } | ConvertTo-Json
