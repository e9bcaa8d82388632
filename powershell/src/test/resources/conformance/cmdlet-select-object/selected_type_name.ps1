$o = [pscustomobject]@{ Name = 1; Other = 2 }
($o | Select-Object Name).PSTypeNames[0]
$same = $o | Select-Object
$same.PSObject.TypeNames.Count
$same = $same | Select-Object
$same.PSTypeNames.Count
('abc' | Select-Object Length).PSTypeNames[0]
([pscustomobject]@{ Alpha = 1; Beta = 2; Alps = 3 } | Select-Object Beta, Al*).PSObject.Properties.Name -join ","
