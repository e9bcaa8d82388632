function f { param([Parameter(Mandatory)][string]$Name) "got $Name" }
f -Name x
