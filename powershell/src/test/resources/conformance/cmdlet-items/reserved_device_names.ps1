# Copy-Item, Move-Item and Rename-Item refuse a Windows reserved device name as target, with or
# without extension: FileSystemProvider.PathIsReservedDeviceName / Utils.IsReservedDeviceName;
# PowerShell test/powershell/Modules/Microsoft.PowerShell.Management/FileSystem.Tests.ps1.
Set-Content -Path a.txt -Value 'x'
Copy-Item -Path a.txt -Destination CON -ErrorAction SilentlyContinue -ErrorVariable e1
$e1[0].FullyQualifiedErrorId
$e1[0].Exception.Message
Move-Item -Path a.txt -Destination 'com1.log' -ErrorAction SilentlyContinue -ErrorVariable e2
$e2[0].FullyQualifiedErrorId
Rename-Item -Path a.txt -NewName 'CLOCK$' -ErrorAction SilentlyContinue -ErrorVariable e3
$e3[0].FullyQualifiedErrorId
$e3[0].CategoryInfo.Category
Test-Path a.txt
Copy-Item -Path a.txt -Destination CONSOLE.txt
Test-Path CONSOLE.txt
