# Dot-sourcing a script binds its param block (named and positional) into the caller's scope.
$script = Join-Path $env:TEMP 'dotted.ps1'
Set-Content -Path $script -Value @'
param([string]$Name = 'default', [int]$Count = 1)
"inside: $Name x$Count"
$definedByScript = "$Name!"
'@
. $script -Name v -Count 3
$Name
$Count
$definedByScript
. $script w
$Name
