$missing = Join-Path $env:TEMP 'oe-conf-ev-missing.txt'
Get-Content -Path $missing -ErrorAction SilentlyContinue -ErrorVariable readErrors
$readErrors.Count
$readErrors[0].Exception.GetType().Name
