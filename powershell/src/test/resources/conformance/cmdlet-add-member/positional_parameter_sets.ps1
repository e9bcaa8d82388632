# Two positionals bind -NotePropertyName/-NotePropertyValue unless the first names an addable member
# type (ValidateNotePropertyNameAttribute); three or four bind -MemberType -Name -Value -SecondValue.
$r = Add-Member -InputObject a property Any -PassThru
$r.property
$r = Add-Member -InputObject a 23 Any -PassThru
$r.23
$r = Add-Member -InputObject a 8 np Any -PassThru
$r.np
$r = Add-Member -InputObject a 16 sp { 1 + 1 } -PassThru
$r.sp
$o = New-Object psobject
Add-Member -InputObject $o @{ x = 1 }
$o.x
