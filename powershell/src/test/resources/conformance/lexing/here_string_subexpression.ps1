$items = 1, 2, 3
$s = @"
count=$($items.Count) first=$($items[0])
"@
$s
