# Get-Command: -Verb/-Noun/-Module/-CommandType filters; piping names; a missing command is CommandNotFoundException.
(Get-Command -Verb Get -Noun Variable).Name
'Add-Content', 'Get-Content' | Get-Command | ForEach-Object Name
(Get-Command Get-Content -Module Microsoft.PowerShell.Management).ModuleName
@(Get-Command Get-Content -Module Microsoft.PowerShell.Utility).Count
@(Get-Command -Name Where-Object -CommandType Alias).Count
(Get-Command -Name '*-Object' -CommandType Cmdlet).Name -contains 'Measure-Object'
$found = Get-Command Nope-Nothing -ErrorAction SilentlyContinue
$null -eq $found
try { Get-Command Nope-Nothing -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
