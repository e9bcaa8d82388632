ConvertTo-Json @(1) -Compress
@(1) | ConvertTo-Json
1, 2 | ConvertTo-Json -Compress
ConvertTo-Json -InputObject @() -Compress
[pscustomobject]@{ list = @(1, 2) } | ConvertTo-Json -Compress
