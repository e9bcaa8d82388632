# Serialization settings become PSStandardMembers notes of their declared types; built-in DateTime and PSCredential data.
Update-TypeData -TypeName System.String -SerializationMethod specificproperties -PropertySerializationSet Length -SerializationDepth 3 -InheritPropertySerializationSet $true -StringSerializationSource Length
$s = 'abcd'.PSStandardMembers
"$($s.SerializationMethod)"
$s.SerializationMethod.GetType().FullName
$s.SerializationDepth.GetType().Name
$s.InheritPropertySerializationSet
$s.StringSerializationSource
$s.PropertySerializationSet.ReferencedPropertyNames[0]
(Get-TypeData System.Management.Automation.PSCredential).SerializationDepth
(Get-Date -Year 2020 -Month 3 -Day 4 -Hour 5 -Minute 6 -Second 7).DateTime
(Get-Date -Year 2020 -Month 3 -Day 4 -Hour 5 -Minute 6 -Second 7 -DisplayHint Date).DateTime
