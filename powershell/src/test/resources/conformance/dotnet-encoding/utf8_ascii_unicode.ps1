[Text.Encoding]::UTF8.GetBytes('hi') -join ','
[Text.Encoding]::UTF8.GetBytes([string][char]0xE9).Count
[Text.Encoding]::UTF8.GetString([byte[]](104, 105))
[Text.Encoding]::ASCII.GetBytes('A')[0]
[Text.Encoding]::Unicode.GetBytes('A').Count
[System.Text.Encoding]::UTF8.GetByteCount('abc')
