# Each FileSystem drive keeps its own current location: "Set-Location Name:" returns to where an
# earlier Set-Location left that drive (Set-Location.Tests.ps1); a drive made anew starts at its root.
New-Item -ItemType Directory a/b, c/d | Out-Null
$aRoot = (Resolve-Path a).Path
$cRoot = (Resolve-Path c).Path
New-PSDrive -Name AA -PSProvider FileSystem -Root $aRoot | Out-Null
New-PSDrive -Name CC -PSProvider FileSystem -Root $cRoot | Out-Null
Set-Location AA:\b
Set-Location CC:\d
Set-Location AA:
(Get-Location).Path
Set-Location CC:
(Get-Location).Path
Set-Location AA:
Remove-PSDrive CC
New-PSDrive -Name CC -PSProvider FileSystem -Root $cRoot | Out-Null
Set-Location CC:
(Get-Location).Path
