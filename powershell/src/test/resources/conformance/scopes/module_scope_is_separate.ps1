$moduleFile = Join-Path $env:TEMP 'OeConfScopeModule.psm1'
Set-Content -Path $moduleFile -Value @'
$script:moduleState = 'inside'
function Get-ModuleState { $script:moduleState }
function Get-CallerValue { "caller sees [$callerOnly]" }
'@
$moduleState = 'outside'
$global:callerOnly = 'global value'
Import-Module $moduleFile
Get-ModuleState
$moduleState
Get-CallerValue
