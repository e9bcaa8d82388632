'a', 'b' | ForEach-Object ToUpper
'abc', 'de' | ForEach-Object Length
