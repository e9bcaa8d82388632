# Rename-Item renames in place; a new name in the item's own folder counts as its leaf, any other
# path is refused; an existing name fails with RenameItemIOError (FileSystemProvider.RenameItem;
# FileSystem.Tests.ps1 and Rename-Item.Tests.ps1 of PowerShell's tests).
Set-Content -Path old.txt -Value 'content'
New-Item -ItemType Directory -Path sub | Out-Null
$r = Rename-Item -Path old.txt -NewName new.txt -PassThru
$r.Name
Test-Path old.txt
Get-Content new.txt
Rename-Item -Path new.txt -NewName (Join-Path $PWD 'same-folder.txt')
Test-Path same-folder.txt
Rename-Item -Path same-folder.txt -NewName sub -ErrorAction SilentlyContinue -ErrorVariable e1
$e1[0].FullyQualifiedErrorId
Rename-Item -Path same-folder.txt -NewName 'sub\moved.txt' -ErrorAction SilentlyContinue -ErrorVariable e2
$e2[0].Exception.Message
Set-Content -LiteralPath '[b].txt' -Value 'w'
Rename-Item -LiteralPath '[b].txt' -NewName '[c].txt'
Test-Path -LiteralPath '[c].txt'
Rename-Item -Path missing.txt -NewName x.txt -ErrorAction SilentlyContinue -ErrorVariable e3
$e3[0].FullyQualifiedErrorId
