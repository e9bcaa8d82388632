# ps51: relative paths resolve against the process directory, the case's folder here
[IO.File]::WriteAllText('a.txt', "l1`r`nl2`n")
[IO.File]::ReadAllLines('a.txt').Count
[IO.File]::ReadAllBytes('a.txt').Length
[IO.File]::ReadAllText('a.txt') -eq "l1`r`nl2`n"
[IO.File]::WriteAllText('b.txt', 'x', [Text.Encoding]::UTF8)
[IO.File]::ReadAllBytes('b.txt') -join ','
[IO.File]::ReadAllText('b.txt')
[IO.File]::WriteAllLines('c.txt', [string[]]@('a', 'b'))
[IO.File]::ReadAllBytes('c.txt') -join ','
[IO.File]::AppendAllText('c.txt', 'z')
[IO.File]::ReadAllLines('c.txt')[-1]
[IO.File]::WriteAllBytes('d.bin', [byte[]](0, 255))
[IO.File]::ReadAllBytes('d.bin')[1]
[IO.File]::Exists('d.bin')
[IO.File]::Exists('missing.txt')
[IO.File]::Exists('')
[IO.File]::Exists($null)
