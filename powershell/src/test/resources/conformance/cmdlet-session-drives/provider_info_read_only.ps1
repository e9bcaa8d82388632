# ps51: ProviderInfo's properties are get-only (ProviderInfo.cs); ItemSeparator/AltItemSeparator are
# PowerShell 6.2's additions, '\' and '/' on Windows, kept here as a cheap addition.
$p = Get-PSProvider FileSystem
$p.GetType().FullName
"$p"
$p.ItemSeparator
$p.AltItemSeparator
(Get-PSProvider Variable).Drives
try { $p.ItemSeparator = '/' } catch { $_.FullyQualifiedErrorId }
try { $p.Name = 'x' } catch { $_.FullyQualifiedErrorId }
