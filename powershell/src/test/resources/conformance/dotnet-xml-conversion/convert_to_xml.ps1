# ConvertTo-Xml (CustomSerialization): expectations from PowerShell's ConvertTo-Xml.Tests.ps1 and
# the serializer's source (Object/Property elements, Type attributes, depth 1 by default).
$o = [pscustomobject]@{ prop1 = 'val1'; prop2 = 'val2' }
$doc = $o | ConvertTo-Xml
$doc.GetType().FullName
$doc.OuterXml
($o | ConvertTo-Xml -NoTypeInformation).OuterXml
($o | ConvertTo-Xml -As String) -replace "`r`n", '|'
$s = $o | ConvertTo-Xml -As Stream
$s.Count
$s[0]
$s[1]
$s[2] -replace "`r`n", '|'
$s[3]
$i = 1 | ConvertTo-Xml
$i.Objects.Object.Type
$i.Objects.Object.'#text'
$x = @{foo='bar'} | ConvertTo-Xml
$x.Objects.Object.Type
$x.Objects.Object.Property[0].Name
$x.Objects.Object.Property[0].'#text'
$x.Objects.Object.Property[1].Name
$x.Objects.Object.Property[1].'#text'
(1, 'two' | ConvertTo-Xml).OuterXml
# A nested object at depth 0 is its text; a null property is empty with its declared type.
([pscustomobject]@{ n = $null; inner = [pscustomobject]@{ a = 1 }; list = @(1, 2) } | ConvertTo-Xml -NoTypeInformation).OuterXml
try { $o | ConvertTo-Xml -As Text } catch { $_.FullyQualifiedErrorId }
