$o = [pscustomobject]@{ a = 1 } | Add-Member -NotePropertyName b -NotePropertyValue 2 -PassThru
$o.a + $o.b
