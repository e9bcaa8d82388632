$missing = Join-Path $env:TEMP 'oe-conf-does-not-exist.txt'
$c = Get-Content -Path $missing -ErrorAction SilentlyContinue
$null -eq $c
