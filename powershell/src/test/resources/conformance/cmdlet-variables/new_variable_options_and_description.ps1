# New-Variable.Tests.ps1 ("with description", "with option", "Option tests").
New-Variable foo bar -Description 'my description'
$v = Get-Variable -Name foo
$v.Name
$v.Value
"$($v.Options)"
$v.Description
$v.GetType().FullName
New-Variable constVar bar -Option Constant
"$((Get-Variable constVar).Options)"
(New-Variable -Name var2 -Value 4 -PassThru).Options.ToString()
New-Variable both 1 -Option ReadOnly, AllScope
"$((Get-Variable both).Options)"
