# Format-Table.Tests.ps1 ("values wider than header w/ implicit autosize", "header shorter than column width with justification"):
# spaces shown as '.', line ends as '^'.
function Show($text) { $text.Replace("`r", '').Replace(' ', '.').Replace("`n", '^') }
Show ([pscustomobject]@{ abc = '1234'; bcd = '123' }, [pscustomobject]@{ abc = '1'; bcd = '1234' } | Format-Table | Out-String)
Show ([pscustomobject]@{ a = 'abc'; b = 123 } | Format-Table | Out-String)
Show ([pscustomobject]@{ a = 123; b = 'abc' } | Format-Table | Out-String)
Show ([pscustomobject]@{ a = 123; b = 123 } | Format-Table | Out-String)
