# Resolve-Path gives PathInfo objects, -Relative a ".\" path, Convert-Path the provider path;
# a missing path is the non-terminating PathNotFound of each cmdlet (ResolvePathCommand.cs).
$null = New-Item -ItemType Directory -Path sub
$null = New-Item -ItemType File -Path sub\a.txt, sub\b.txt
$r = Resolve-Path sub\a.txt
$r.GetType().Name
Split-Path -Leaf $r.Path
$r.Path -eq $r.ProviderPath
Resolve-Path sub\*.txt -Relative
(Convert-Path sub\*.txt | Split-Path -Leaf) -join ','
(Convert-Path sub) -eq (Get-Item sub).FullName
(Get-Item sub\a.txt | Convert-Path) -eq (Resolve-Path sub\a.txt).ProviderPath
try { Resolve-Path nothing.here -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Convert-Path nothing.here -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
try { Convert-Path -Path '' } catch { $_.FullyQualifiedErrorId }
(Convert-Path "FileSystem::$((Get-Item sub).FullName)") -eq (Get-Item sub).FullName
