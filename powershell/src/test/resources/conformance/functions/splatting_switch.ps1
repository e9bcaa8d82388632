function f([switch]$Force, $Name) { "$Name $Force" }
$p = @{ Force = $true; Name = 'n' }
f @p
