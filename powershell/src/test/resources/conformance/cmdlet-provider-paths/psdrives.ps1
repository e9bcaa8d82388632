# New-PSDrive maps a name to a folder: paths on it reach the folder (and stay inside the roots);
# Get-PSDrive lists it with its provider, Remove-PSDrive takes it away (Navigation.cs errors).
$null = New-Item -ItemType Directory -Path store
$d = New-PSDrive -Name Store -PSProvider FileSystem -Root store -Description 'test drive'
$d.Name
$d.Provider.Name
$d.Description
$d.Root -eq (Get-Item store).FullName
Set-Content -Path Store:\note.txt -Value 'on the drive'
Get-Content -Path store\note.txt
Test-Path Store:\note.txt
(Get-PSDrive -Name Store).Root -eq $d.Root
(Get-PSDrive -PSProvider Environment).Name
(Get-PSDrive -Name Sto*).Name
try { New-PSDrive -Name Store -PSProvider FileSystem -Root store -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { New-PSDrive -Name Other -PSProvider FileSystem -Root nofolder -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { New-PSDrive -Name Other -PSProvider NoProvider -Root store -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Remove-PSDrive -Name Store
Test-Path Store:\note.txt
try { Get-PSDrive -Name Store -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Remove-PSDrive -Name Store -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
(Get-PSProvider FileSystem).Capabilities
(Get-PSProvider -PSProvider Env*).Name
