$moduleFile = Join-Path $env:TEMP 'OeConfExportModule.psm1'
Set-Content -Path $moduleFile -Value @'
function Get-Public { "public uses $(Get-Hidden)" }
function Get-Hidden { 'hidden' }
Export-ModuleMember -Function Get-Public
'@
Import-Module $moduleFile
Get-Public
Test-Path function:Get-Hidden
(Get-Module OeConfExportModule).Name
