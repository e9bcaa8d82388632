'x' | ConvertTo-Json
42 | ConvertTo-Json
$false | ConvertTo-Json
