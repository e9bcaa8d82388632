$o = New-Object PSObject -Property ([ordered]@{ x = 1; y = 2 })
$o.x + $o.y
