# ps51: PowerShell 6+ reads `e as the ESC character (27)
[int][char]"`e"
