# Set-Location/Push-Location/Pop-Location and PathInfo (Set-Location.Tests.ps1, Push-Location.Tests.ps1, Pop-Location.Tests.ps1)
$start = (Get-Location).Path
New-Item -ItemType Directory sub\deeper | Out-Null
Set-Location sub
(Get-Location).Path -eq (Join-Path $start 'sub')
$PWD.Path -eq (Get-Location).Path
Push-Location deeper -PassThru | ForEach-Object { $_ -is [System.Management.Automation.PathInfo] }
Split-Path (Get-Location) -Leaf
Push-Location ..
Pop-Location
Pop-Location
Split-Path (Get-Location).Path -Leaf
Pop-Location
Split-Path (pwd).Path -Leaf
Set-Location Env:
(Get-Location).Path
(Get-Location).Provider.Name
Set-Location $start
(Get-Location).Path -eq $start
try { Set-Location nothere -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Set-Location bogus:\x -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Pop-Location -StackName none -ErrorAction Stop } catch { $_.Exception.Message }
