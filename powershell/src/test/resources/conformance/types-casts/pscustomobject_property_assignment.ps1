$o = [pscustomobject]@{ Name = 'a' }
$o.Name = 'b'
$o.name
$o.NAME = 'c'
$o.Name
