# 3> file writes the warnings to the file and not to the host
$path = Join-Path $env:TEMP 'warnings.txt'
Write-Warning 'to the file' 3> $path
Get-Content $path
Write-Warning 'and more' 3>> $path
(Get-Content $path).Count
