$o = [pscustomobject]@{ a = 1 }
$null -eq $o.b
$h = @{ a = 1 }
$null -eq $h.b
$null -eq $h['b']
