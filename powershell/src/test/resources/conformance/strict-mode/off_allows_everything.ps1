Set-StrictMode -Off
$o = [pscustomobject]@{ a = 1 }
"[$nothingHere][$($o.b)]"
