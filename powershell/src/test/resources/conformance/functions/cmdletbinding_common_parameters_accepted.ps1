function f { [CmdletBinding()] param($x) Write-Verbose 'hidden'; "x=$x" }
f -x 1 -Verbose:$false -ErrorAction Stop
