Set-PSDebug -Strict
$ok = 'fine'
$ok
$notAssignedYet
'after'
