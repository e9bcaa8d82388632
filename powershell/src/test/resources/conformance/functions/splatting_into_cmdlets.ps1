$file = Join-Path $env:TEMP 'oe-conf-splat.csv'
$write = @{ Path = $file; NoTypeInformation = $true }
[pscustomobject]@{ n = 1 } | Export-Csv @write
$read = @{ Path = $file }
(Import-Csv @read).n
$content = @{ Path = $file; Value = '"2"' }
Add-Content @content
(Import-Csv @read).Count
