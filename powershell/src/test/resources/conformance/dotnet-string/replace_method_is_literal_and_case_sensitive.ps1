'Hello'.Replace('l', 'L')
'Hello'.Replace('h', 'J')
'a.b.c'.Replace('.', '')
