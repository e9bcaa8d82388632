$missing = Join-Path $env:TEMP 'oe-conf-q-missing.txt'
Get-Content -Path $missing -ErrorAction SilentlyContinue
$?
'fine' | Out-Null
$?
