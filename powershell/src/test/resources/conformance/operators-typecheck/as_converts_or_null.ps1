'5' -as [int]
('5' -as [int]).GetType().Name
$null -eq ('x' -as [int])
1.6 -as [int]
2.5 -as [int]
'1,2' -as [string]
