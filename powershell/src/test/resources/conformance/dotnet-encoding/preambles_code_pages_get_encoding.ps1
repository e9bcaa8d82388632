[Text.Encoding]::UTF32.GetBytes('a') -join ','
[Text.Encoding]::BigEndianUnicode.GetBytes('a') -join ','
[Text.Encoding]::UTF8.GetPreamble() -join ','
[Text.Encoding]::Unicode.GetPreamble() -join ','
(New-Object System.Text.UTF8Encoding $false).GetPreamble().Length
[Text.Encoding]::GetEncoding('utf-8').WebName
[Text.Encoding]::GetEncoding(1252).WebName
[Text.Encoding]::Unicode.CodePage
[Text.Encoding]::UTF32.WebName
[Text.Encoding]::UTF8.EncodingName
[Text.Encoding]::UTF8.GetString([Text.Encoding]::UTF8.GetBytes('héllo'))
[Text.Encoding]::ASCII.GetString([byte[]](104, 105))
[Text.Encoding]::ASCII.GetBytes('é')[0]
try { [Text.Encoding]::GetEncoding('no-such-encoding') } catch { $_.Exception.InnerException.GetType().FullName }
