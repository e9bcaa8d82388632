1.50d
[decimal]'2.000'
1.5d * 2
10d / 4
