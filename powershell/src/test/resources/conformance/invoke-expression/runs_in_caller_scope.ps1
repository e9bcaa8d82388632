# Invoke-Expression runs its text in the caller's scope; errors leaving it name the cmdlet
# (ComparisonOperator.Tests.ps1 expects "TypeNotFound,Microsoft.PowerShell.Commands.InvokeExpressionCommand").
Invoke-Expression '$x = 1 + 2'
$x
Invoke-Expression "1 -lt 2"
iex "'Hello','world' -ccontains 'hello'"
try { Invoke-Expression "'Hello' -is [foo]" } catch { $_.FullyQualifiedErrorId }
try { Invoke-Expression "'Hello' -is 'foo'" } catch { $_.FullyQualifiedErrorId }
try { Invoke-Expression "throw 'mine'" } catch { $_.FullyQualifiedErrorId }
