# ConvertFrom-StringData.cs (5.1): lines split on \n, trimmed, # comments and blank lines skipped, value Regex.Unescape'd, keys case-insensitive
$h = ConvertFrom-StringData @'
# comment
 Name = first value

path = c:\\temp\tx
'@
$h.GetType().FullName
$h.Count
$h['NAME']
$h.path
(ConvertFrom-StringData '').Count
