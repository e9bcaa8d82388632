$global:temporary = 'x'
Remove-Variable -Name temporary -Scope Global
Test-Path variable:global:temporary
