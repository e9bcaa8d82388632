# Get-Unique.Tests.ps1: drops an item equal to the one before it; case-sensitive in 5.1.
(1, 2, 2, 3, 3, 4, 5 | Get-Unique) -join ','
('a', 'b', 'b', 'd' | Get-Unique) -join ','
('aa', 'aa', 'Aa', 'ba', 'BA', 'BA' | Get-Unique -AsString) -join ','
(1, 1, 'x', 'y', 2 | Get-Unique -OnType) -join ','
(Get-Unique -InputObject 1, 2, 2).Count
