# Format-Hex (5.1): a file gives one ByteCollection per 16 bytes, with its offset and path
[System.IO.File]::WriteAllText("$PWD/twenty.txt", "abcdefghijklmnopqrst")
$rows = Format-Hex -Path twenty.txt
$rows.Count
$rows[0].ToString()
$rows[1].ToString()
[int]$rows[1].Offset
(Split-Path -Leaf $rows[1].Path)
@(Get-Item -LiteralPath twenty.txt | Format-Hex).Count
