# New-Variable.Tests.ps1 ("Should not be able to change an existing variable to constant"); SessionStateStrings.resx VariableCannotBeMadeConstant.
New-Variable -Name var1 -Value 1
Set-Variable -Name var1 -Option Constant -ErrorAction SilentlyContinue -ErrorVariable ev
"$((Get-Variable var1).Options)"
$ev[0].FullyQualifiedErrorId
$ev[0].Exception.Message
