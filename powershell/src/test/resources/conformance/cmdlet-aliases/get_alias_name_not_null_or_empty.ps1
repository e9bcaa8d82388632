# Get-Alias -Name is [ValidateNotNullOrEmpty]; an alias of an alias shows the command at the end of the chain
try { Get-Alias -Name $null } catch { $_.FullyQualifiedErrorId }
try { Get-Alias -Name '' } catch { $_.FullyQualifiedErrorId }
try { '' | Get-Alias -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Set-Alias -Name Test-MyAlias -Value Get-Command
Set-Alias -Name tma -Value Test-MyAlias
(Get-Alias tma).DisplayName
(Get-Alias tma).Definition
