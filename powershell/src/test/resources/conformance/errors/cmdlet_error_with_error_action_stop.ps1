$missing = Join-Path $env:TEMP 'oe-conf-does-not-exist.txt'
try { Get-Content -Path $missing -ErrorAction Stop } catch { $_.Exception.GetType().Name }
