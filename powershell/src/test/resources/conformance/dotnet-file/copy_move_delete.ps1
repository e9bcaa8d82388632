[IO.File]::WriteAllText('src.txt', 'data')
[IO.File]::Copy('src.txt', 'copy.txt')
[IO.File]::ReadAllText('copy.txt')
try { [IO.File]::Copy('src.txt', 'copy.txt') } catch { $_.Exception.InnerException.GetType().FullName }
[IO.File]::Copy('src.txt', 'copy.txt', $true)
[IO.File]::Move('copy.txt', 'moved.txt')
[IO.File]::Exists('copy.txt')
[IO.File]::Exists('moved.txt')
[IO.File]::Delete('moved.txt')
[IO.File]::Exists('moved.txt')
[IO.File]::Delete('moved.txt')
'deleting a missing file is no error'
try { [IO.File]::ReadAllText('nope.txt') } catch { $_.Exception.InnerException.GetType().FullName }
try { [IO.File]::ReadAllText('nodir\nope.txt') } catch { $_.Exception.InnerException.GetType().FullName }
try { [IO.File]::Move('nope.txt', 'x.txt') } catch { $_.Exception.InnerException.GetType().FullName }
