1 + 1.5
(2 * 1.5).GetType().Name
(1 + 1).GetType().Name
(1 + 1L).GetType().Name
(1 + 1d).GetType().Name
