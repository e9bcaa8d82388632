# Format-Hex (5.1): an input object is one ByteCollection; ToString() is 5.1's row (8-digit offset, '.' for unprintable bytes)
(Format-Hex -InputObject 'hello').ToString()
('Hi' | Format-Hex -Encoding Unicode).ToString()
(Format-Hex -InputObject ([int[]](1, 258))).ToString()
(Format-Hex -InputObject ([long]-1)).ToString()
(Format-Hex -InputObject ([byte[]](0x41, 0x0A, 0xFF))).ToString()
([byte]7 | fhx).ToString()
$r = Format-Hex -InputObject 7
$r.GetType().FullName
$r.Offset.GetType().FullName
$r.Bytes.Count
$null -eq $r.Path
