$script:counter = 0
function add { $script:counter++ }
add; add; add
$counter
