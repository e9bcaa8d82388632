# Out-String without Format-*: up to 4 properties make a table, 5 or more a list; hashtables a Name/Value
# table with a 30-wide Name column; collections in cells show 4 items ($FormatEnumerationLimit).
function Show($text) { $text.Replace("`r", '').Replace(' ', '.').Replace("`n", '^') }
Show ([pscustomobject]@{ a = 1; b = 'x' } | Out-String)
Show ([pscustomobject]@{ a = 1; b = 2; c = 3; d = 4; e = 5 } | Out-String)
Show ([ordered]@{ k = 1..6 } | Out-String)
Show ('a', 'b' | Out-String)
('a', 'b' | Out-String -Stream) -join '|'
Show (1, 3, 4 | Measure-Object -Sum | Out-String)
