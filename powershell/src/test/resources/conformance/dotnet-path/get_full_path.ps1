# [IO.Path]::GetFullPath: relative paths against the current directory, '.' and '..' resolved.
$here = [Environment]::CurrentDirectory
# (Separators compared as '/': on this engine the roots are the host's own folders.)
([IO.Path]::GetFullPath('file.txt') -replace '\\', '/') -eq ([IO.Path]::Combine($here, 'file.txt') -replace '\\', '/')
[IO.Path]::GetFullPath('sub\..\file.txt') -eq [IO.Path]::GetFullPath('file.txt')
[IO.Path]::IsPathRooted([IO.Path]::GetFullPath('x'))
[IO.Path]::GetFileName([IO.Path]::GetFullPath('a\.\b.txt'))
try { [IO.Path]::GetFullPath('') } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
try { [IO.Path]::GetFullPath($null) } catch { $_.Exception.InnerException.GetType().FullName }
try { [IO.Path]::GetFullPath('a|b') } catch { $_.Exception.InnerException.Message }
