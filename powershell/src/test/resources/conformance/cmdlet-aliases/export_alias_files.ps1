# Export-Alias writes a '# Alias File' header (user, date, computer, then -Description lines) and one CSV or set-alias line per alias
Set-Alias exa1 Get-Date -Description 'd'
Export-Alias -Path "$env:TEMP\a.csv" -Name exa1
Get-Content "$env:TEMP\a.csv" | Where-Object { $_ -notlike '#*' }
Export-Alias -Path "$env:TEMP\a.ps1" -Name exa1 -As Script -Description "one`ntwo"
Get-Content "$env:TEMP\a.ps1" | Select-Object -Skip 4
try { Export-Alias -Path "$env:TEMP\a.csv" -Name exa1 -NoClobber } catch { $_.FullyQualifiedErrorId }
