# ps51: PowerShell 6+ supports character ranges such as 'a'..'c'
'a'..'c'
