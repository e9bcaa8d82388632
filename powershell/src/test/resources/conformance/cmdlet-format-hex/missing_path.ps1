# Format-Hex (5.1): a -Path that does not exist is FileNotFound; the other paths are still read
[System.IO.File]::WriteAllText("$PWD/there.txt", "ok")
$r = Format-Hex -Path nothere.txt, there.txt -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
$e[0].CategoryInfo.Category
@($r).Count
