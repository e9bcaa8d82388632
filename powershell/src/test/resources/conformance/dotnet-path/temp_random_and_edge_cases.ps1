[IO.Path]::DirectorySeparatorChar
[IO.Path]::Combine('a', 'b', 'c')
$null -eq [IO.Path]::GetDirectoryName('C:\')
[IO.Path]::GetDirectoryName('file.txt') -eq ''
[IO.Path]::GetDirectoryName('C:\a\b.txt')
[IO.Path]::ChangeExtension('a.txt', $null)
[IO.Path]::ChangeExtension('a.txt', '')
[IO.Path]::GetExtension('a.') -eq ''
[IO.Path]::IsPathRooted('C:\x')
[IO.Path]::IsPathRooted('x\y')
[IO.Path]::IsPathRooted('\x')
[IO.Path]::GetRandomFileName() -match '^[a-z0-5]{8}\.[a-z0-5]{3}$'
[IO.Path]::GetTempPath().TrimEnd('\/') -eq $env:TEMP.TrimEnd('\/')
$t = [IO.Path]::GetTempFileName()
[IO.File]::Exists($t)
[IO.Path]::GetExtension($t)
[IO.File]::ReadAllBytes($t).Length
