# PowerShell 7's character range (parserutils.cs RangeOperator/AsChar; RangeOperator.Tests.ps1
# "Character expansion"). Taken only where 5.1 fails: a one-character non-digit string end.
$r = 'a'..'c'
$r[0].GetType().FullName
$r -join ','
('C'..'A') -join ','
('a'..[char]'c') -join ','
# 5.1's meanings are kept: digit strings and two [char]s are an int range.
('1'..'3') -join ','
([char]'a'..[char]'c') -join ','
