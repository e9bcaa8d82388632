# ExportCsvHelper.WriteTypeInformation: Import-Csv's "CSV:" prefix is dropped; no type names left gives a bare #TYPE
$o = [pscustomobject]@{ first = 1 }
$o.PSTypeNames.Insert(0, 'CSV:TheType')
($o | ConvertTo-Csv)[0]
$p = [pscustomobject]@{ first = 1 }
@($p.PSTypeNames) | ForEach-Object { [void]$p.PSTypeNames.Remove($_) }
($p | ConvertTo-Csv)[0]
