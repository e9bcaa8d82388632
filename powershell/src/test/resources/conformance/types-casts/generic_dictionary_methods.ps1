$d = New-Object 'System.Collections.Generic.Dictionary[string,string]'
$d.Add('k1', 'v1')
$d['k2'] = 'v2'
$value = $null
$d.TryGetValue('k2', [ref]$value)
$value
$d.TryGetValue('nope', [ref]$value)
$d.Keys -join ','
$d.Remove('k1')
$d.Count
