# ps51: PowerShell 7 prints 3.141592653589793
[math]::PI
