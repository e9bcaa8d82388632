# Invoke-Expression runs its text in the caller's scope: variables and functions it defines stay.
Invoke-Expression '$q = 5; 1 + 2'
$q
'function f { 42 }' | Invoke-Expression
f
iex '"a", "b"' | ForEach-Object { $_.ToUpper() }
