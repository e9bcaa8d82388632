'a.b.c' -split '.', 0, 'SimpleMatch'
