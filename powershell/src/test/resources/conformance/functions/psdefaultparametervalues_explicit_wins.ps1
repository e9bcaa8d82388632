function Get-Level { [CmdletBinding()] param([int]$Level = 1) "level $Level" }
$PSDefaultParameterValues = @{ 'Get-Level:Level' = 5 }
Get-Level
Get-Level -Level 9
$PSDefaultParameterValues.Clear()
Get-Level
