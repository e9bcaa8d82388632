# The host's culture is en-US (docs/compatibility/powershell.md); Get-Culture returns the current CultureInfo
$c = Get-Culture
$c.Name
$c.EnglishName
$c.LCID
$c.TextInfo.ListSeparator
$c.DateTimeFormat.ShortDatePattern
$c.DateTimeFormat.AbbreviatedMonthNames[3]
$c.NumberFormat.NumberDecimalSeparator
(Get-UICulture).Name
[System.Globalization.CultureInfo]::InvariantCulture.EnglishName
$c -is [cultureinfo]
