$moduleFile = Join-Path $env:TEMP 'OeConfCounter.psm1'
Set-Content -Path $moduleFile -Value @'
$script:count = 0
function Add-One { $script:count++; $script:count }
'@
Import-Module $moduleFile
Add-One
Add-One
