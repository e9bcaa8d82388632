# A TableControl view loaded with Update-FormatData gives Format-Table and Out-String their columns for the
# type names it is selected by: header Label/Width/Alignment, PropertyName or ScriptBlock items; a column
# without Alignment is left-aligned, an empty Label is the property's name
$xml = '<Configuration><ViewDefinitions><View><Name>T</Name><ViewSelectedBy><TypeName>Demo.Row</TypeName></ViewSelectedBy>' +
    '<TableControl><TableHeaders><TableColumnHeader><Label></Label></TableColumnHeader>' +
    '<TableColumnHeader><Label>Twice</Label><Width>7</Width><Alignment>Center</Alignment></TableColumnHeader>' +
    '<TableColumnHeader><Label>R</Label><Alignment>Right</Alignment></TableColumnHeader></TableHeaders>' +
    '<TableRowEntries><TableRowEntry><TableColumnItems><TableColumnItem><PropertyName>N</PropertyName></TableColumnItem>' +
    '<TableColumnItem><ScriptBlock>$_.N * 2</ScriptBlock></TableColumnItem>' +
    '<TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries>' +
    '</TableControl></View></ViewDefinitions></Configuration>'
Set-Content -Path demo.format.ps1xml -Value $xml
Update-FormatData -AppendPath demo.format.ps1xml
$o = [pscustomobject]@{ N = 3; Name = 'abc'; Other = 'not shown' }
$o.PSObject.TypeNames.Insert(0, 'Demo.Row')
$o | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
$o | Out-String -Stream | ForEach-Object { "[$_]" }
