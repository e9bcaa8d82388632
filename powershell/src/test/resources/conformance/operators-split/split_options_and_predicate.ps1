# Facts from PowerShell's test/powershell/Language/Operators/SplitOperator.Tests.ps1 (5.1 rules of
# ParserOps.SplitOperatorImpl): -isplit/-csplit, option names, a script-block predicate.
("abcBd" -isplit "B").Count
("abcBd" -csplit "B").Count
("abcBd" -csplit "B", 0, 'IgnoreCase') -join '|'
("a::b::c::d" -split { $_ -eq "b" -or $_ -eq "C" }) -join '|'
("a: b:c" -split ': ', 0, 'IgnorePatternWhitespace') -join '|'
("a:b" -split "(:)", 0, 'ExplicitCapture') -join '|'
("a12a`nb34b" -split '^b', 0, 'Multiline').Count
("a12a`nb34b`nc56c" -split 'b.+c', 0, 'Singleline').Count
("abc" -split "B", 0, 'SimpleMatch,IgnoreCase') -join '|'
try { "abc" -split "B", 0, 'RegexMatch,SimpleMatch' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { "abc" -split { $_ -eq 'b' }, 0, 'IgnoreCase' } catch { $_.FullyQualifiedErrorId }
