[pscustomobject]@{ Tags = @('x', 'y') } | Select-Object -ExpandProperty Tags
