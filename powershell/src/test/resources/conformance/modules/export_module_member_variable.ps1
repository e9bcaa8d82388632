$moduleFile = Join-Path $env:TEMP 'OeConfVariable.psm1'
Set-Content -Path $moduleFile -Value @'
$ModuleSetting = 'from module'
$Hidden = 'not exported'
function Get-Setting { $ModuleSetting }
Export-ModuleMember -Function Get-Setting -Variable ModuleSetting
'@
Import-Module $moduleFile
Get-Setting
$ModuleSetting
$null -eq $Hidden
