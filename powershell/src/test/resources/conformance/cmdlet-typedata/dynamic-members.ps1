# Update-TypeData -TypeName/-MemberType adds extended members every object of the type (and of derived types) shows.
Update-TypeData -TypeName System.String -MemberType NoteProperty -MemberName Tag -Value 7
Update-TypeData -TypeName System.String -MemberType AliasProperty -MemberName Size -Value Length -SecondValue string
Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Twice -Value { $this + $this }
Update-TypeData -TypeName System.String -MemberType ScriptMethod -MemberName Shout -Value { param($n) $this.ToUpper() + ('!' * $n) }
Update-TypeData -TypeName System.Object -MemberType NoteProperty -MemberName Everywhere -Value 'base'
'abc'.Tag
'abc'.Size.GetType().Name
'abc'.Size
'ab'.Twice
'hey'.Shout(2)
(5).Everywhere
'abc'.Everywhere
(1, 2, 3).Everywhere
