1, 2, 3 -contains 2
2 -in 1, 2, 3
1, 2, 3 -notcontains 4
4 -notin 1, 2, 3
