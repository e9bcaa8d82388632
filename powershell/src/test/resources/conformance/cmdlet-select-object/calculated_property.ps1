[pscustomobject]@{ a = 2 } | Select-Object a, @{ Name = 'Double'; Expression = { $_.a * 2 } }
[pscustomobject]@{ a = 2 } | Select-Object @{ n = 'x'; e = { 'y' } }
