# Export-/Import-Alias: an empty path is a binding error, a non-file-system drive is refused; ParseCsv trims the line and reads "" as a quote
try { Export-Alias -LiteralPath '' } catch { $_.FullyQualifiedErrorId }
try { Export-Alias -LiteralPath 'env:\a.csv' } catch { $_.FullyQualifiedErrorId }
try { Import-Alias -LiteralPath 'env:\a.csv' } catch { $_.FullyQualifiedErrorId }
Set-Content -Path "$env:TEMP\t.csv" -Value '    "tra1","Get-Date","","ReadOnly, AllScope"   '
Import-Alias -LiteralPath "$env:TEMP\t.csv"
(Get-Alias tra1).Options.ToString()
