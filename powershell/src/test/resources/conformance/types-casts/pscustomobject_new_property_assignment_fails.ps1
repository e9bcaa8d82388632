$o = [pscustomobject]@{ Name = 'a' }
$o.Other = 1
