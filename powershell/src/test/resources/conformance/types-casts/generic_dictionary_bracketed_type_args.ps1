$headers = New-Object "System.Collections.Generic.Dictionary[[String],[String]]"
$headers.Add('Accept', 'application/json')
$headers['Accept']
$headers.Count
