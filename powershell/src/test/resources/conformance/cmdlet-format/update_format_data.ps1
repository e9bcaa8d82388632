# Update-FormatData loads format.ps1xml views into the runspace (all-or-nothing); Get-FormatData lists them by type name
$good = '<Configuration a="b"><ViewDefinitions><View><Name>V1</Name><ViewSelectedBy><TypeName>My.Type</TypeName></ViewSelectedBy>' +
    '<TableControl><TableHeaders /><TableRowEntries /></TableControl></View></ViewDefinitions></Configuration>'
$bad = '<Configuration><ViewDefinitions><View><Name>V2</Name></View></ViewDefinitions></Configuration>'
Set-Content -Path good.format.ps1xml -Value $good
Set-Content -Path bad.format.ps1xml -Value $bad
Set-Content -Path wrong.xml -Value $good
Update-FormatData -AppendPath good.format.ps1xml
$d = Get-FormatData -TypeName my.*
$d.GetType().FullName
$d.TypeName
$d.FormatViewDefinition.Name
Update-FormatData -PrependPath bad.format.ps1xml -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
@(Get-FormatData).Count
Update-FormatData -AppendPath wrong.xml -ErrorAction SilentlyContinue -ErrorVariable w
$w[0].FullyQualifiedErrorId
Update-FormatData -PrependPath bad.format.ps1xml -WhatIf
@(Get-FormatData).Count
