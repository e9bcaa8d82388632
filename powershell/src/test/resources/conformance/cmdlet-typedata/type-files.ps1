# types.ps1xml files: -AppendPath loads them, Get-TypeData shows their types, Remove-TypeData -Path unloads them.
Set-Content -Path one.types.ps1xml -Value @'
<Types>
  <Type>
    <Name>System.Int32</Name>
    <Members>
      <ScriptProperty><Name>Doubled</Name><GetScriptBlock>$this * 2</GetScriptBlock></ScriptProperty>
      <PropertySet><Name>Pair</Name><ReferencedProperties><Name>A</Name><Name>B</Name></ReferencedProperties></PropertySet>
    </Members>
  </Type>
</Types>
'@
Update-TypeData -AppendPath one.types.ps1xml
(21).Doubled
$t = Get-TypeData System.Int32
$t.TypeName
$t.Members.Keys -join ','
$t.Members['Doubled'].GetType().FullName
Get-TypeData int | ForEach-Object TypeName
Remove-TypeData -Path one.types.ps1xml
$null -eq (21).Doubled
@(Get-TypeData System.Int32).Count
Remove-TypeData -Path one.types.ps1xml -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
Remove-TypeData -TypeName NoSuchTypeAnywhere -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
