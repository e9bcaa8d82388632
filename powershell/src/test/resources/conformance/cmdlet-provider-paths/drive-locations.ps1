# A location reached through a FileSystem drive shows on that drive (Get-Location, $PWD, Resolve-Path),
# its ProviderPath is the folder itself; Push/Pop-Location come back to the drive path; "Store:"
# alone is the current location when it is on that drive.
$null = New-Item -ItemType Directory -Path store\inner
$null = New-PSDrive -Name Store -PSProvider FileSystem -Root store
Set-Location Store:\
(Get-Location).Path
Set-Location inner
$PWD.Path
(Get-Location).Drive.Name
(Get-Location).ProviderPath -eq (Get-Item .).FullName
Push-Location Store:\
(Get-Location).Path
Pop-Location
(Get-Location).Path
(Resolve-Path Store:\inner).Path
Set-Location ..\..
(Get-Location).Path -eq (Get-Item .).FullName
Set-Location Store:\inner
$null = New-Item -Path Store: -Name made.txt -ItemType File
Test-Path .\made.txt
