Set-StrictMode -Version 1.0
$o = [pscustomobject]@{ a = 1 }
$null -eq $o.b
