$h = @{ Key = 1 }
$h.KEY
$o = [ordered]@{ Key = 1 }
$o['KEY']
$o.Contains('key')
