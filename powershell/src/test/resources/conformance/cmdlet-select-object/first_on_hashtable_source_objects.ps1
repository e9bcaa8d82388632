$rows = 1..3 | ForEach-Object { [pscustomobject]@{ Id = $_ } }
($rows | Select-Object -First 1).Id
