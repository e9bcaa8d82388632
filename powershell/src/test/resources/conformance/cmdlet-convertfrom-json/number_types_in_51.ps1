# ps51: PowerShell 7 reads 1.5 as Double
$o = '{"small":1,"big":3000000000,"fraction":1.5}' | ConvertFrom-Json
$o.small.GetType().Name
$o.big.GetType().Name
$o.fraction.GetType().Name
$o.fraction
