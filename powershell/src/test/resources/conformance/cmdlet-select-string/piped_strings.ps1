# Select-String.Tests.ps1 ("String actions"): MatchInfo for piped strings, -CaseSensitive, -NotMatch, -Quiet, -SimpleMatch, -AllMatches.
$testinputone = 'hello', 'Hello', 'goodbye'
$testinputtwo = 'hello', 'Hello'
$r = $testinputone | Select-String -Pattern 'hello'
$r.Count
$r[0].GetType().FullName
'{0} {1} {2} {3} {4}' -f $r[1].Line, $r[1].LineNumber, $r[1].Filename, $r[1].Pattern, $r[1].IgnoreCase
"$($testinputtwo | Select-String -Pattern 'hello' -CaseSensitive)"
($testinputone | Select-String -Pattern 'goodbye' -NotMatch | ForEach-Object ToString) -join ','
$testinputtwo | Select-String -Quiet 'hello' -CaseSensitive
$null -eq ($testinputtwo | Select-String -Quiet 'goodbye')
$null -eq (Select-String -InputObject 'some stuff', 'other stuff' -Pattern 'neither')
('a.b', 'axb' | Select-String -SimpleMatch 'a.b').Line
('abab' | Select-String 'b' -AllMatches).Matches.Count
('abab' | Select-String 'b').Matches[0].Index
($testinputtwo | Select-String -Pattern 'l' | Out-String).Replace("`r", '').Replace("`n", '^')
