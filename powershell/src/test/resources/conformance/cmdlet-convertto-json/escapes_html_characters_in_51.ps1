# ps51: PowerShell 7 writes "a&b" and "<t>" unescaped
'a&b' | ConvertTo-Json
'<t>' | ConvertTo-Json
