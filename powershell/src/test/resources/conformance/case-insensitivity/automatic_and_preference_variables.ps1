$TRUE
$NULL -eq $null
$errorActionPreference = 'Stop'
$ErrorActionPreference
