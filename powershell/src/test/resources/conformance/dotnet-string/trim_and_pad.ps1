'  x  '.Trim()
'  x  '.TrimStart() + '|'
'  x  '.TrimEnd() + '|'
'xxhixx'.Trim('x')
'abc'.PadLeft(5, '0')
'7'.PadLeft(3, '0')
'ab'.PadRight(4, '.') + '|'
