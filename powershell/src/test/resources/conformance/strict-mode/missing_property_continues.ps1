Set-StrictMode -Version Latest
$o = [pscustomobject]@{ Name = 'a' }
$o.Missing
'next'
