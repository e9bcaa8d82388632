Set-Variable -Name sv -Value 42
$sv
(Get-Variable -Name sv).Value
Get-Variable -Name sv -ValueOnly
Remove-Variable -Name sv
Test-Path variable:sv
$null -eq $sv
