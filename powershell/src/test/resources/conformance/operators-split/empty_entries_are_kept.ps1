('a,b,,c' -split ',').Count
('a,b,' -split ',').Count
