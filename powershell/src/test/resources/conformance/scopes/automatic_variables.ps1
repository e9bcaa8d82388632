# ps51: PowerShell 7 reports major version 7
$true
$false
$null -eq $null
$PSVersionTable.PSVersion.Major
