# An array type is a reference type: [int[]]$null is $null (Array.Tests.ps1), so @() of it holds one $null.
$x = [int[]]$null
$null -eq $x
@([int[]]$null).Count
@([string[]][System.Management.Automation.Internal.AutomationNull]::Value).Count
([int[]]'5').Count
