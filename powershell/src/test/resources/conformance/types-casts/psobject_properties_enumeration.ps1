$o = [pscustomobject]@{ a = 1; b = $null }
foreach ($p in $o.PSObject.Properties) { "$($p.Name)=[$($p.Value)]" }
