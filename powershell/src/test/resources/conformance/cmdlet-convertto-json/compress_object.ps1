[pscustomobject]@{ a = 1; b = 'x'; c = $true; d = $null; e = 1.5 } | ConvertTo-Json -Compress
