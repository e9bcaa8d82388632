$Error.Clear()
Write-Error 'quiet' -ErrorAction SilentlyContinue
'ok'
$Error.Count
