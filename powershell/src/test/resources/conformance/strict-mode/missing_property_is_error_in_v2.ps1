Set-StrictMode -Version 2.0
$o = [pscustomobject]@{ a = 1 }
$o.a
$o.b
