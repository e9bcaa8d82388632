# Expected values from test/powershell/Modules/Microsoft.PowerShell.Utility/Measure-Object.Tests.ps1 ("Numeric tests").
$r = 1, 3, 4 | Measure-Object -Sum -Average -Maximum -Minimum
$r.Count
$r.Sum
$r.Average
$r.Maximum
$r.Minimum
$r.GetType().FullName
$null -eq $r.Property
(1..100 | Measure-Object -Sum -Average).Average
