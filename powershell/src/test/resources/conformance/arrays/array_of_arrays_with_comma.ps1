$rows = @()
$rows += , @('a', 1)
$rows += , @('b', 2)
$rows.Count
$rows[1][0]
