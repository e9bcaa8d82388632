# ps7-additive (issue #11): PowerShell 7's ternary operator; about_Operators "Ternary operator ? <if-true> : <if-false>".
$n = $null
$n ? 'yes' : 'no'
(1 -lt 2) ? 'less' : 'more'
$false ? 'a' : $true ? 'b' : 'c'
$x = 0 ? 'zero' : 'nonzero'
$x
# Only the chosen branch runs.
$calls = 0
# A parenthesised assignment outputs its value (1); the other branch never runs.
$true ? ($calls += 1) : ($calls += 10)
$calls
# A '?' right after a name is still part of it (5.1 meaning kept): $a? is the variable 'a?'.
${a?} = 'q'
$a?
