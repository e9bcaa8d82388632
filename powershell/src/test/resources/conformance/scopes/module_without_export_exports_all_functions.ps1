$moduleFile = Join-Path $env:TEMP 'OeConfAllModule.psm1'
Set-Content -Path $moduleFile -Value @'
function Get-One { 1 }
function Get-Two { 2 }
'@
Import-Module $moduleFile
(Get-One) + (Get-Two)
