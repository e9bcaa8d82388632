$o = '{"a":1,"b":[1,2],"c":{"d":"x"},"e":null,"f":true}' | ConvertFrom-Json
$o.a
$o.b.Count
$o.c.d
$null -eq $o.e
$o.f
$o.GetType().Name
$o.a.GetType().Name
$o.f.GetType().Name
