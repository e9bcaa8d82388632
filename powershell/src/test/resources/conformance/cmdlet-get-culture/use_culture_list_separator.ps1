# -UseCulture takes the delimiter from CurrentCulture.TextInfo.ListSeparator (settable on .NET Framework)
$separator = [cultureinfo]::CurrentCulture.TextInfo.ListSeparator
[cultureinfo]::CurrentCulture.TextInfo.ListSeparator = ';'
try {
    [pscustomobject]@{ a = 1; b = 2 } | ConvertTo-Csv -UseCulture -NoTypeInformation
    ('"a";"b"', '"1";"2"' | ConvertFrom-Csv -UseCulture).b
} finally {
    [cultureinfo]::CurrentCulture.TextInfo.ListSeparator = $separator
}
[pscustomobject]@{ a = 1; b = 2 } | ConvertTo-Csv -UseCulture -NoTypeInformation | Select-Object -First 1
