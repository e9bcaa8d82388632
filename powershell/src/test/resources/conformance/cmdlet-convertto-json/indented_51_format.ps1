# ps51: PowerShell 7 indents with two spaces and writes one space after the colon
@{ a = 1 } | ConvertTo-Json
