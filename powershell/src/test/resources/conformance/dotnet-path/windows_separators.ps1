# ps51: Windows path rules; PowerShell 7 on Linux uses / and does not treat \ as a separator
[IO.Path]::Combine('a', 'b')
[IO.Path]::GetFileName('C:\data\file.txt')
[IO.Path]::GetDirectoryName('C:\data\file.txt')
Join-Path 'folder' 'file.txt'
Join-Path -Path 'a\' -ChildPath '\b'
