'abc' -contains 'b'
'abc' -contains 'abc'
