(255).ToString('X2')
(3.14159).ToString('0.00')
(1234567).ToString('N0')
(42).ToString().Length
