$moduleFile = Join-Path $env:TEMP 'OeConfGlobalModule.psm1'
Set-Content -Path $moduleFile -Value @'
function Set-Shared { $global:SharedFromModule = 'shared' }
'@
Import-Module $moduleFile
Set-Shared
$SharedFromModule
