$one = @([pscustomobject]@{ Name = 'solo' })
$n = $one.Name
$n.GetType().Name
