# The .NET adapter lets scripts call a property's accessor methods by name (ModuleManifest.Tests.ps1
# walks a hashtable with $Layout.get_Keys()); a setter returns nothing; a hashtable key is no
# property and has no accessor.
$h = @{ b = 2; a = 1 }
($h.get_Keys() | Sort-Object) -join ','
$h.get_Count()
$sb = New-Object System.Text.StringBuilder
[void]$sb.Append('hello')
$sb.set_Length(2)
$sb.ToString()
(Get-Date -Year 2020 -Month 5 -Day 1).get_Year()
try { $h.get_a() } catch { $_.FullyQualifiedErrorId }
# String.Clone returns the string itself (Import-Module.Tests.ps1 uses $path.Clone()).
'abc'.Clone()
