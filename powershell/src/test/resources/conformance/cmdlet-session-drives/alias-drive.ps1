# The Alias: drive (AliasProvider.cs): New-Item, Get-Item, Set-Item with -Include/-Exclude/-WhatIf,
# Test-Path and Remove-Item.
$a = New-Item -Path Alias:\ -Name tdate -Value Get-Date
$a.CommandType.ToString()
$a.Definition
New-Item -Path Alias:\ -Name tdate2 -Value Get-Date > $null
try { New-Item -Path Alias:\ -Name tdate -Value Get-Date -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
(Get-Item Alias:\dir).Definition
Set-Item Alias:\t* -Value Get-Location -Include tdate*  -Exclude *2
(Get-Item Alias:tdate).Definition
(Get-Item Alias:tdate2).Definition
Set-Item Alias:tdate2 -Value Get-Location -WhatIf
(Get-Item Alias:tdate2).Definition
Test-Path Alias:\TDATE
@(Get-ChildItem Alias:\).Count -gt 10
(tdate).GetType().Name
Remove-Item Alias:\tdate
Test-Path Alias:tdate
try { Remove-Item Alias:\tdate -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
