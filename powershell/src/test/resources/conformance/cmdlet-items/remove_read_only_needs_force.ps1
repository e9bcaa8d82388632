# A read-only (or hidden, system) item is removed only with -Force (FileSystemProvider.RemoveFileSystemItem).
Set-Content ro.txt 'x'
Set-ItemProperty ro.txt -Name IsReadOnly -Value $true
Remove-Item ro.txt -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
$e[0].Exception.Message
Test-Path ro.txt
Remove-Item ro.txt -Force
Test-Path ro.txt
