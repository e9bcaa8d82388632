$attributes = @([pscustomobject]@{ Name = 'id' }, [pscustomobject]@{ Name = 'mail' })
$columns = @()
foreach ($attribute in $attributes) { $columns += $attribute.Name }
$columns.Count
$columns -join ','
