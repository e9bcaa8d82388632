# ps51: Windows; PowerShell 7 on Linux gives 1
[Environment]::NewLine.Length
