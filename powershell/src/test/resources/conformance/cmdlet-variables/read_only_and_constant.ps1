# New-Variable/Set-Variable/Remove-Variable/Clear-Variable.Tests.ps1: ReadOnly yields to -Force, Constant never does.
New-Variable ro 1 -Option ReadOnly
Set-Variable ro 2 -ErrorAction SilentlyContinue
$ro
try { Set-Variable ro 2 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Reason; $_.Exception.Message }
try { Clear-Variable ro -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Remove-Variable ro -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Set-Variable ro 3 -Force
$ro
Clear-Variable ro -Force
$null -eq $ro
Remove-Variable ro -Force
Test-Path variable:ro
New-Variable k 1 -Option Constant
Set-Variable k 2 -Force -ErrorAction SilentlyContinue
Remove-Variable k -Force -ErrorAction SilentlyContinue
$k
