"say `"hi`"" | ConvertTo-Json
"tab`there" | ConvertTo-Json
'back\slash' | ConvertTo-Json
