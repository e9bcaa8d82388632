'abc' -match 'b' | Out-Null
'xyz' -match '\d'
$Matches[0]
