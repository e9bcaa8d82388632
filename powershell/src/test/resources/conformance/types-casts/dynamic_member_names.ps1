$o = [pscustomobject]@{ givenName = 'Ann'; sn = 'Lee' }
$prop = 'sn'
$o.$prop
$o."givenName"
$o.('given' + 'Name')
$o.$prop = 'Kim'
$o.sn
