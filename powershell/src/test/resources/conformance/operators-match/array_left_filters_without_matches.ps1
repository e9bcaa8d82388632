$Matches = $null
'a1', 'b', 'c2' -match '\d'
$null -eq $Matches
