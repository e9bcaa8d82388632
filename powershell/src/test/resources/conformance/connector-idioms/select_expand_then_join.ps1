$changes = @([pscustomobject]@{ Value = 'a' }, [pscustomobject]@{ Value = 'b' })
($changes | Select-Object -Expand Value) -join ';'
$one = @([pscustomobject]@{ Value = 'solo' })
($one | Select-Object -ExpandProperty Value) -join ';'
