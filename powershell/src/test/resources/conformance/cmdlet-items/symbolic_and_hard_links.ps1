# ps51: New-Item -ItemType SymbolicLink/HardLink (FileSystemProvider.NewItem). In 5.1 the target
# must exist for both kinds (ItemNotFound); PowerShell 6+ allows dangling symbolic links.
# Expectations from PowerShell's FileSystem.Tests.ps1 ("Hard link and symbolic link tests").
Set-Content -Path real.txt -Value 'some text'
$s = New-Item -ItemType SymbolicLink -Path sym.txt -Value real.txt
$s.LinkType
$s.Target
Get-Content sym.txt
$h = New-Item -ItemType HardLink -Path hard.txt -Target real.txt
$h.LinkType
Get-Content hard.txt
(Get-Item real.txt).LinkType
New-Item -ItemType SymbolicLink -Path sym.txt -Value real.txt -ErrorAction SilentlyContinue -ErrorVariable e1
$e1[0].FullyQualifiedErrorId
New-Item -ItemType SymbolicLink -Path dangling -Value nowhere -ErrorAction SilentlyContinue -ErrorVariable e2
$e2[0].FullyQualifiedErrorId
New-Item -ItemType HardLink -Path real.txt -Target real.txt -Force -ErrorAction SilentlyContinue -ErrorVariable e3
$e3[0].FullyQualifiedErrorId
$e3[0].Exception.Message
