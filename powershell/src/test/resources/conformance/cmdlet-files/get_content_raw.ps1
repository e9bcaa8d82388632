$p = Join-Path $env:TEMP 'oe-conf-raw.txt'
Set-Content -Path $p -Value 'l1', 'l2'
$raw = Get-Content $p -Raw
$raw.GetType().Name
$raw.Contains('l1')
($raw -split "`r?`n" | Where-Object { $_ }) -join '+'
