$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -NotePropertyName a -NotePropertyValue 2 -ErrorAction Stop
