('abc' | Out-String).Trim()
(1, 2 | Out-String).Trim()
(Out-String -InputObject 'x').TrimEnd()
('abc' | Out-String).GetType().Name
