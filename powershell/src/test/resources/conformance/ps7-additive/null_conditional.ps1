# ps7-additive (issue #11): PowerShell 7's ?. and ?[]; about_Operators "Null-conditional operators ?. and ?[]".
# The name must be braced: $a?.b would read the variable 'a?' (as in 7, where '?' stays a name character).
$s = 'hello'
${s}?.Length
${s}?.ToUpper()
$arr = 10, 20, 30
${arr}?[1]
$none = $null
(${none}?.Length) -eq $null
(${none}?[0]) -eq $null
$o = [pscustomobject]@{ Inner = $null; Name = 'n' }
$o.Inner?.Anything -eq $null
${o}?.Name
# Unbraced, '$o?' is the (unset) variable named 'o?', as in 5.1.
($o?.Name) -eq $null
