# A script file's help is its first help block, unless that block is the first function's.
Set-Content -Path script-help.ps1 -Value @'
<#
.SYNOPSIS
Script help.
#>

<#
.SYNOPSIS
Function help.
#>
function Inner {}

(Get-Help Inner).Synopsis
'@
(Get-Help ./script-help.ps1).Synopsis
(Get-Help ./script-help.ps1).Category
& ./script-help.ps1
