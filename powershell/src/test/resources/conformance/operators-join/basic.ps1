1, 2, 3 -join ','
-join ('a', 'b', 'c')
'a', 'b' -join ''
@('only') -join ','
