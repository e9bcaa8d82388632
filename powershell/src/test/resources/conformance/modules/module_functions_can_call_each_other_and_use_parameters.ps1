$moduleFile = Join-Path $env:TEMP 'OeConfHelpers.psm1'
Set-Content -Path $moduleFile -Value @'
function Format-Name { param([Parameter(Mandatory = $true)][string]$Given, [string]$Family = '') "$Family, $Given".Trim(', ') }
function Get-DisplayName { param($User) Format-Name -Given $User.Given -Family $User.Family }
Export-ModuleMember -Function Get-DisplayName
'@
Import-Module $moduleFile
Get-DisplayName -User ([pscustomobject]@{ Given = 'Ann'; Family = 'Lee' })
Get-DisplayName -User ([pscustomobject]@{ Given = 'Bo'; Family = '' })
