# Get-Location/Set-Location/Push-Location/Pop-Location (Push-Location.Tests.ps1, Pop-Location.Tests.ps1, Set-Location.Tests.ps1).
New-Item -ItemType Directory -Path sub | Out-Null
$start = (Get-Location).Path
Set-Location sub
(Split-Path -Leaf (Get-Location).Path) -eq 'sub'
Set-Location ..
(Get-Location).Path -eq $start
Push-Location sub
Split-Path -Leaf (Get-Location).Path
Pop-Location
(Get-Location).Path -eq $start
(Pop-Location -PassThru) -eq $null
(Get-Location).GetType().FullName
try { Set-Location nowhere -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
