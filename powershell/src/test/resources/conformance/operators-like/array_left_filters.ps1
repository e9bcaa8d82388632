'apple', 'banana', 'cherry' -like '*an*'
'apple', 'banana', 'cherry' -notlike '*e*'
