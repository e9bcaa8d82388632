$o = [ordered]@{ a = 1; b = 2 }
$o.Insert(0, 'first', 0)
$o.Remove('a')
$o.Keys -join ','
$o.Count
