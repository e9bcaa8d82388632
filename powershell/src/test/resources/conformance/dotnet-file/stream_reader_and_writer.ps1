$w = New-Object System.IO.StreamWriter 's.txt'
$w.WriteLine('one')
$w.Write('two {0}', 2)
$w.WriteLine()
$w.Flush()
$w.Close()
[IO.File]::ReadAllBytes('s.txt').Length
$w = New-Object System.IO.StreamWriter 's.txt', $true
$w.WriteLine('three')
$w.Dispose()
# 5.1 binds 'UTF8' to the (string, bool detectEncodingFromByteOrderMarks) constructor
$r = New-Object System.IO.StreamReader -ArgumentList 's.txt', 'UTF8'
while (-not $r.EndOfStream) { $r.ReadLine() }
$r.Close()
$r = [IO.File]::OpenText('s.txt')
$r.ReadLine()
($r.ReadToEnd() -split "`r`n").Count
$null -eq $r.ReadLine()
$r.Dispose()
$c = [IO.File]::CreateText('t.txt')
$c.Write('x')
$c.Close()
[IO.File]::ReadAllText('t.txt')
try { $c.Write('y') } catch { $_.Exception.InnerException.GetType().FullName }
$u = New-Object System.IO.StreamWriter 'u.txt', $false, ([Text.Encoding]::Unicode)
$u.Write('A')
$u.Close()
[IO.File]::ReadAllBytes('u.txt') -join ','
[IO.File]::ReadAllText('u.txt')
