$o = New-Object PSObject
$o | Add-Member -MemberType NoteProperty -Name a -Value 1
$o | Add-Member -NotePropertyName b -NotePropertyValue 'two'
$o.a
$o.b
$o
