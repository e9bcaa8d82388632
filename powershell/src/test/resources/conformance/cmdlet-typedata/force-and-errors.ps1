# A member already there needs -Force (TypesDynamicUpdateException); the UpdateDataStrings errors for incomplete members.
Update-TypeData -TypeName System.String -MemberType NoteProperty -MemberName N -Value 1
Update-TypeData -TypeName System.String -MemberType NoteProperty -MemberName N -Value 2 -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
$e[0].Exception.Message
'x'.N
Update-TypeData -TypeName System.String -MemberType NoteProperty -MemberName N -Value 2 -Force
'x'.N
foreach ($script in { Update-TypeData -TypeName System.String -MemberType NoteProperty -Value 1 },
                    { Update-TypeData -TypeName System.String -MemberType NoteProperty -MemberName M },
                    { Update-TypeData -TypeName System.String -MemberType AliasProperty -MemberName M -Value $null },
                    { Update-TypeData -TypeName System.String -MemberType NoteProperty -MemberName M -Value 1 -SecondValue 2 }) {
    try { & $script } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
}
Update-TypeData -TypeName System.String -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
$e[0].Exception.Message
