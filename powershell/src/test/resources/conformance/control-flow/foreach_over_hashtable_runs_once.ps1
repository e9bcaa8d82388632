$count = 0
foreach ($entry in @{ a = 1; b = 2 }) { $count++; $entry.Count }
$count
