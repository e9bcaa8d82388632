[CmdletBinding()]
param(
  [Parameter()]
  [string]$Mode = 'full'
)
Write-Verbose 'not shown'
"mode=$Mode"
