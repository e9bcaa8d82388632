function f([switch]$Verbose2, [switch]$Force) { "$($Verbose2.IsPresent) $([bool]$Force)" }
f
f -Force
f -Force:$false -Verbose2
