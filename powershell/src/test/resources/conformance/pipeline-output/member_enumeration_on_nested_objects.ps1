$type = [pscustomobject]@{ Attributes = @([pscustomobject]@{ Name = 'id' }, [pscustomobject]@{ Name = 'mail' }) }
$type.Attributes.Name -join ','
$type.Attributes.Count
