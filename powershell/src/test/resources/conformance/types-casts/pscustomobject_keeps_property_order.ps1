$o = [pscustomobject]@{ z = 1; a = 2; m = 3 }
$o.PSObject.Properties.Name -join ','
$o
