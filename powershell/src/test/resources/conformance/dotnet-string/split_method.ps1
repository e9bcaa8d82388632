'a,b,c'.Split(',').Count
'a-b-c'.Split('-', 2)
'a b'.Split()
