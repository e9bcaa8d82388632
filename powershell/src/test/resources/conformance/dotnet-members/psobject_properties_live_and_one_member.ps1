# The collection reads the object's members when asked, and hands out the member itself
# (PSMemberInfoIntegratingCollection's indexer returns the instance member: MshMemberInfo.cs).
$o = [pscustomobject]@{ a = 1 }
$props = $o.PSObject.Properties
$o | Add-Member -MemberType NoteProperty -Name b -Value 2
$props.Match('b').Count
$props['B'].Value
$o.PSObject.Properties['a'] -eq $o.PSObject.Properties['A']
$o.PSObject.Properties.Match('A')[0] -eq $o.PSObject.Properties['a']
$o.PSObject.Properties['a'] -eq $o.PSObject.Properties['b']
$o.PSObject.Properties.Match('?').Count
