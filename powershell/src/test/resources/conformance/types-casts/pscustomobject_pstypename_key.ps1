# Making a PSCustomObject from a hashtable, a PSTypeName key (any case) with a string value is no
# property: the string goes first in PSTypeNames (LanguagePrimitives), even when already listed.
$o = [PSCustomObject]@{ PSTypeName = 'Contoso.User'; Name = 'x' }
$o.PSTypeNames -join ','
($o.PSObject.Properties | ForEach-Object Name) -join ','
$h = @{ pstypename = 'System.Object' }
$p = [pscustomobject]$h
$p.PSTypeNames.Count
$p.PSTypeNames[0]
$n = [PSCustomObject]@{ PSTypeName = 42 }
$n.PSTypeName
