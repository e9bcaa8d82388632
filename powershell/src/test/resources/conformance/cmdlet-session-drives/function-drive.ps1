# The Function: drive (FunctionProvider.cs): Set-Item with a script block, a string or a FunctionInfo,
# -Options, wildcards, Remove-Item and Rename-Item, and relative names while the location is Function:.
$body = { 'hello' }
Set-Item Function:\greet -Value $body -Options ReadOnly
$f = Get-Item Function:greet
$f.Name
[string]$f.Options
[object]::ReferenceEquals($f.ScriptBlock, $body)
greet
Set-Item function:shout -Value "'LOUD'"
shout
Set-Item function:copied -Value (Get-Item function:shout)
copied
(Get-ChildItem function:\sh*).Name
Test-Path function:greet
Test-Path function:nosuch
try { Set-Item function:bad -Value 123 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Rename-Item function:greet -NewName hi -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Rename-Item function:greet -NewName hi -Force
hi
try { Get-Item function:greet -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Set-Item function:shout -Options 'ReadOnly, AllScope'
[string](Get-Item function:shout).Options
try { Remove-Item function:shout -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Remove-Item function:shout -Force
Test-Path function:shout
Set-Location Function:
Set-Item local1 -Value { 'local' }
local1
Set-Item local1
Test-Path local1
