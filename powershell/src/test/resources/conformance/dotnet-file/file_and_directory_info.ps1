[IO.File]::WriteAllText('info.txt', 'hello')
$f = New-Object System.IO.FileInfo 'info.txt'
$f.Name
$f.Extension
$f.BaseName
$f.Length
$f.Exists
[IO.Path]::GetFileName($f.FullName)
$f.DirectoryName -eq $f.Directory.FullName
$g = $f.CopyTo('info2.txt')
$g.Length
$g.Delete()
[IO.File]::Exists('info2.txt')
(New-Object System.IO.FileInfo 'none.txt').Exists
$di = New-Object System.IO.DirectoryInfo 'dd'
$di.Exists
$di.Create()
$di.Refresh()
$di.Exists
$di.GetFiles().Count
$f.OpenText().ReadToEnd()
