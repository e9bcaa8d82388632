# ps7-additive (issue #11): PowerShell 7's ?? and ??=; about_Operators "Null-coalescing operator ??".
$a = $null
$a ?? 'default'
'' ?? 'not used'
0 ?? 5
$a ?? $null ?? 'last'
# The right side runs only when the left is null.
$count = 0
'set' ?? ($count = 1)
$count
$b ??= 'first'
$b ??= 'second'
$b
# ?? binds tighter than -eq and looser than +.
$a ?? 1 + 2
$a ?? 1 -eq 1
