$o = New-Object PSObject
$o | Add-Member -NotePropertyMembers ([ordered]@{ x = 1; y = 2 })
$o.PSObject.Properties.Name -join ','
