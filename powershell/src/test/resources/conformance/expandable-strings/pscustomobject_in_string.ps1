$o = [pscustomobject]@{ a = 1; b = 'x' }
"$o"
