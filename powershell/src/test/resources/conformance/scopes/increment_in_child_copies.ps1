$count = 5
function bump { $count++; $count }
bump
$count
