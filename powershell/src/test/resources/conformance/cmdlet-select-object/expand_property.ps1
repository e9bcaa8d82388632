$people = [pscustomobject]@{ Name = 'Ann' }, [pscustomobject]@{ Name = 'Bob' }
$people | Select-Object -ExpandProperty Name
$people | Select-Object -Expand Name | ForEach-Object { $_.GetType().Name }
