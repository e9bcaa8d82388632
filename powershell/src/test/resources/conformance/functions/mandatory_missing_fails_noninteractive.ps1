function f { param([Parameter(Mandatory = $true)][string]$Name) $Name }
f
