$moduleFile = Join-Path $env:TEMP 'OeConfListed.psm1'
Set-Content -Path $moduleFile -Value 'function Get-Listed { 1 }'
$null -eq (Get-Module -Name OeConfListed)
Import-Module $moduleFile
(Get-Module -Name OeConfListed).Name
