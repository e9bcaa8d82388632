$o = '{"z":1,"a":"two"}' | ConvertFrom-Json
$o.PSObject.Properties.Name -join ','
$o
$o | ConvertTo-Json -Compress
