7 / 2
(7 / 2).GetType().Name
6 / 2
(6 / 2).GetType().Name
10 / 4
