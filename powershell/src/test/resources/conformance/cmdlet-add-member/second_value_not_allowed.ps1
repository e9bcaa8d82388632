Add-Member -InputObject a -MemberType NoteProperty -Name n -Value 1 -SecondValue 2
