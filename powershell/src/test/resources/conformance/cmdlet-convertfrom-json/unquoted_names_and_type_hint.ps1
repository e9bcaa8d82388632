# JavaScriptSerializer reads unquoted member names, and drops a "__type" type hint from an object
$o = ConvertFrom-Json '{name:1, other_name: "x"}'
$o.name
$o.other_name
$r = ConvertFrom-Json '{"d":{"__type":"SimpleJsonObject","Greeting":"Hello"}}'
($r.d.PSObject.Properties | ForEach-Object Name) -join ','
