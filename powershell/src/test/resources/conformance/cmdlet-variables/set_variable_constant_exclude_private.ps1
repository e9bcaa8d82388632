# A new Constant variable takes its value; -Exclude filters plain names; -Scope Private makes the variable Private
Set-Variable -Name fixedVar -Value 'bar' -Option Constant
$fixedVar
Set-Variable -Name foo1, foo2 -Value 'hello' -Exclude foo2
$foo1
Test-Path variable:foo2
Set-Variable -Name hiddenVar -Value 'x' -Option ReadOnly -Scope Private
(Get-Variable hiddenVar).Options.ToString()
