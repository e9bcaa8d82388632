'file.txt' -like '*.[tc]xt'
'file.cxt' -like '*.[tc]xt'
'file.ext' -like '*.[tc]xt'
'b7' -like '[a-c][0-9]'
