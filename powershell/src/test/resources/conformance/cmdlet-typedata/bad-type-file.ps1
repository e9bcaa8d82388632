# An unknown node is a TypesXmlUpdateException naming the file and line; a file without the ps1xml extension is WrongExtension.
Set-Content -Path bad.types.ps1xml -Value @'
<Types>
  <Type>
    <Name>T</Name>
    <Memberz />
  </Type>
</Types>
'@
Update-TypeData -PrependPath bad.types.ps1xml -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
$e[0].Exception.Message -replace '^.*\(', '('
Set-Content -Path types.txt -Value 'x'
Update-TypeData -AppendPath types.txt -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
