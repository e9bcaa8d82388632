# Instance members of an object that is not a PSObject stay with the object (PSObject's resurrection table)
$list = New-Object System.Collections.ArrayList
Add-Member -InputObject $list -NotePropertyName Tag -NotePropertyValue 'first'
$same = $list
$same.Tag
Add-Member -InputObject $list Tag 'second' -ErrorVariable err -ErrorAction SilentlyContinue
$err[0].FullyQualifiedErrorId
$list.Tag
Add-Member -InputObject $list Tag 'third' -Force
$same.Tag
