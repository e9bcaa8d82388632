$top = 't'
function f { (Get-Variable -Name top -Scope 1).Value }
f
Test-Path variable:top
