# FileSystemInfo.LastWriteTime is settable and changes the file; Test-Path -OlderThan / -NewerThan see it.
$f = New-Item -ItemType File old.txt
$f.LastWriteTime = (Get-Date).AddDays(-2)
((Get-Date) - (Get-Item old.txt).LastWriteTime).Days
Test-Path old.txt -OlderThan (Get-Date).AddDays(-1)
Test-Path old.txt -NewerThan (Get-Date).AddDays(-1)
Test-Path 'C:\Program Files\foo*' -IsValid
Test-Path 'C:\Program Files\foo' -IsValid
try { Get-Item nosuchdrive:\x -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Get-Item nosuchprovider::x -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
