[pscustomobject]@{ a = 1; b = 2; c = 3 } | Select-Object -Property a, c
[pscustomobject]@{ a = 1; b = 2 } | Select-Object c, a
