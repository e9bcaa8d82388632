$moduleFile = Join-Path $env:TEMP 'OeConfReimport.psm1'
Set-Content -Path $moduleFile -Value @'
$script:count = 0
function Add-One { $script:count++; $script:count }
'@
Import-Module $moduleFile
Add-One
Import-Module $moduleFile
Add-One
Import-Module $moduleFile -Force
Add-One
