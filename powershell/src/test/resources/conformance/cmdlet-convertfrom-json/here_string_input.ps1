$json = @'
{
  "name": "Ann",
  "age": 30
}
'@
$o = $json | ConvertFrom-Json
"$($o.name) $($o.age)"
