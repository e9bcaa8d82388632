# Import-Alias reads Export-Alias's file: '#' and blank lines skipped, four CSV values a line; an existing alias is an error without -Force
Set-Content -Path "$env:TEMP\in.csv" -Value '# Alias File', '', '"ima1","Get-Date","the date","None"', '"i""q","Get-Item","",None'
Import-Alias -Path "$env:TEMP\in.csv"
(Get-Alias ima1).Definition
(Get-Alias ima1).Description
(Get-Alias 'i"q').Definition
Import-Alias -Path "$env:TEMP\in.csv" -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
Import-Alias -Path "$env:TEMP\in.csv" -Force -PassThru | ForEach-Object Name
Set-Content -Path "$env:TEMP\bad.csv" -Value '"a","b","c"'
try { Import-Alias -Path "$env:TEMP\bad.csv" } catch { $_.FullyQualifiedErrorId }
