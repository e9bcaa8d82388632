'a;b;c'.Split(';')[2]
'hello world'.IndexOf('o', 5)
