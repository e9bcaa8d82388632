$a = 'string' | Add-Member -TypeName MyType -PassThru
$a.PSTypeNames[0]
$a = 'string' | Add-Member -TypeName string -PassThru
$a.PSTypeNames[0]
([pscustomobject]@{ x = 1 }).PSTypeNames -join ','
