$items = New-Object System.Collections.Generic.List[int]
$i = 0
while ($i -lt 10 -and $items.Count -lt 3) { $items.Add($i); $i += 2 }
$items -join ','
