$true -eq 'false'
$true -eq 'anything'
$false -eq ''
$false -eq 0
$true -eq 2
