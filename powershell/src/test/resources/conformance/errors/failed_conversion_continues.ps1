[int]'abc'
'next'
