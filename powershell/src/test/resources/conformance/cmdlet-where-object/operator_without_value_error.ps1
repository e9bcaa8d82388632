# 5.1: an operator switch selects its operator whatever its value, so -GT:$false still needs -Value
# (the :$false handling in Where-Object.Tests.ps1 is PowerShell 7.6, #26485)
try { 1 | Where-Object Age -GT:$false } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
try { 1 | Where-Object Age 5 } catch { $_.FullyQualifiedErrorId }
1 | Where-Object Age -GT
