# Scripting.Followup.Tests.ps1: an assignment used as a value yields the variable's value after
# its type constraint converted it.
([bool] $var = 42).GetType().FullName
$var
[int] $y = 0
($y = "5").GetType().FullName
($z = 1, 2).Count
