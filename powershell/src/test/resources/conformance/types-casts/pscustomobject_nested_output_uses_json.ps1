[pscustomobject]@{ name = 'a'; tags = @('x', 'y'); owner = [pscustomobject]@{ id = 1 } }
