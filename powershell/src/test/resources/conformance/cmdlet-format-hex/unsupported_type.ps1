# Format-Hex (5.1): a type it cannot convert is FormatHexTypeNotSupported
$r = Format-Hex -InputObject @{a = 1} -ErrorAction SilentlyContinue -ErrorVariable e
$null -eq $r
$e[0].FullyQualifiedErrorId
$e[0].CategoryInfo.Category
Format-Hex -InputObject 1.5 -ErrorAction Stop
