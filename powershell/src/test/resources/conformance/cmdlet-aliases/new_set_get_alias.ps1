# New-Alias/Set-Alias/Get-Alias (New-Alias.Tests.ps1, Set-Alias.Tests.ps1, Get-Alias.Tests.ps1): aliases run before
# functions and cmdlets, are scoped, and carry options; AliasCommandStrings/SessionStateStrings messages.
function Hello { "hi $args" }
New-Alias hey Hello
hey you
Set-Alias hey2 Get-Date -Description 'a date'
(Get-Alias hey2).Definition
(Get-Alias hey2).Description
"$((Get-Alias hey2).CommandType)"
try { New-Alias hey Write-Output -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
New-Alias ro Write-Output -Option ReadOnly
"$((Get-Alias ro).Options)"
try { Set-Alias ro Write-Host -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Set-Alias ro Write-Host -Force
(Get-Alias ro).Definition
(Get-Alias -Definition Sort-Object).Name -contains 'sort'
try { Get-Alias nope -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
(Get-Alias hey*).Name -join ','
& { Set-Alias inner Write-Output; inner 'in child' }
$null -eq (Get-Alias inner -ErrorAction SilentlyContinue)
(New-Alias pt Get-Date -PassThru).ResolvedCommand.Name
