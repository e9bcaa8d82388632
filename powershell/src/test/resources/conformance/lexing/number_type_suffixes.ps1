(10l).GetType().Name
(10d).GetType().Name
(1.5d).GetType().Name
(10).GetType().Name
(1.0).GetType().Name
(1e3).GetType().Name
