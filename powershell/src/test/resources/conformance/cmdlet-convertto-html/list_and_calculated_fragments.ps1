# -As List writes name/value rows with an <hr> row between objects; a calculated column's width and alignment go to its <col>
$rows = [pscustomobject]@{ Name = 'a'; Count = 2 }, [pscustomobject]@{ Name = 'b'; Count = 3 }
$rows | ConvertTo-Html -Fragment -As List -Property Name, @{ l = 'Double'; e = { $_.Count * 2 } }
$rows | ConvertTo-Html -Fragment -Property @{ e = 'Name'; width = '10'; alignment = 'left' } -PreContent '<h2>x</h2>'
