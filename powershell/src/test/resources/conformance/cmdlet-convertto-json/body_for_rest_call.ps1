$body = @{ profile = @{ email = 'ann@example.com' } } | ConvertTo-Json -Compress
$body
