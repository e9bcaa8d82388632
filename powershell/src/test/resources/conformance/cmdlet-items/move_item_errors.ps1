# A failed Move-Item of a folder is the non-terminating MoveDirectoryItemIOError (IOException):
# onto an existing item or into a missing folder (FileSystemProvider.MoveDirectoryInfoItem;
# PowerShell's FileSystem.Tests.ps1 "Verify Move-Item will not move to an existing file").
New-Item -ItemType Directory -Path dir | Out-Null
Set-Content -Path file.txt -Value 'x'
Move-Item -Path dir -Destination file.txt -ErrorAction SilentlyContinue -ErrorVariable e1
$e1[0].FullyQualifiedErrorId
$e1[0].Exception -is [System.IO.IOException]
Move-Item -Path dir -Destination 'missing\deeper\dir' -ErrorAction SilentlyContinue -ErrorVariable e2
$e2[0].FullyQualifiedErrorId
Test-Path dir
Set-Content -Path other.txt -Value 'y'
Move-Item -Path other.txt -Destination file.txt -ErrorAction SilentlyContinue -ErrorVariable e3
$e3[0].FullyQualifiedErrorId
'done'
