[int]'12abc'
