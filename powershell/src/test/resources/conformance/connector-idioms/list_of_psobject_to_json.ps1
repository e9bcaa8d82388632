$results = New-Object System.Collections.Generic.List[PSObject]
$results.Add([PSCustomObject]@{ id = 1; name = 'a' })
$results.Add([PSCustomObject]@{ id = 2; name = 'b' })
$results.Count
$results | ConvertTo-Json -Compress
