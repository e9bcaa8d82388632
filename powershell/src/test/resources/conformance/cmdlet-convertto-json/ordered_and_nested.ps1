[ordered]@{ b = 1; a = [ordered]@{ c = 'x' } } | ConvertTo-Json -Compress
