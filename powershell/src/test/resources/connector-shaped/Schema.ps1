# Schema script of the openecma test connector: the object types and attributes come from an XML
# definition, extended by the ExtraAttributes_Global configuration parameter.
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,
    [pscredential]
    $Credential
)

Set-StrictMode -Version 2.0

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

[xml]$definition = @'
<ConnectorSchema>
  <ObjectType TypeName="person" AnchorAttribute="EmployeeId">
    <Attribute AttributeName="EmployeeId" DataType="String" />
    <Attribute AttributeName="GivenName" DataType="String" />
    <Attribute AttributeName="Surname" DataType="String" />
    <Attribute AttributeName="Mail" DataType="String" />
    <Attribute AttributeName="Active" DataType="Boolean" />
    <Attribute AttributeName="CostCenter" DataType="Integer" Operation="ImportOnly" />
    <Attribute AttributeName="Groups" DataType="String" Multi="true" />
  </ObjectType>
  <ObjectType TypeName="group" AnchorAttribute="GroupId">
    <Attribute AttributeName="GroupId" DataType="String" />
    <Attribute AttributeName="DisplayName" DataType="String" />
  </ObjectType>
</ConnectorSchema>
'@

$schema = [Microsoft.MetadirectoryServices.Schema]::Create()

foreach ($typeNode in $definition.ConnectorSchema.ObjectType) {
    $schemaType = [Microsoft.MetadirectoryServices.SchemaType]::Create($typeNode.TypeName, $true)

    foreach ($attributeNode in $typeNode.Attribute) {
        $name = $attributeNode.AttributeName
        $attribute = if ($name -eq $typeNode.AnchorAttribute) {
            [Microsoft.MetadirectoryServices.SchemaAttribute]::CreateAnchorAttribute($name, $attributeNode.DataType)
        }
        elseif ($attributeNode.GetAttribute('Multi') -eq 'true') {
            [Microsoft.MetadirectoryServices.SchemaAttribute]::CreateMultiValuedAttribute($name, $attributeNode.DataType)
        }
        elseif ($attributeNode.HasAttribute('Operation')) {
            [Microsoft.MetadirectoryServices.SchemaAttribute]::CreateSingleValuedAttribute($name, $attributeNode.DataType, $attributeNode.Operation)
        }
        else {
            [Microsoft.MetadirectoryServices.SchemaAttribute]::CreateSingleValuedAttribute($name, $attributeNode.DataType)
        }
        $schemaType.Attributes.Add($attribute)
    }

    if ($typeNode.TypeName -eq 'person') {
        $extra = Get-ConfigValue -ConfigParameters $ConfigParameters -Name 'ExtraAttributes' -Default ''
        foreach ($extraName in ($extra -split ',' | ForEach-Object { $_.Trim() } | Where-Object { $_ })) {
            $schemaType.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateSingleValuedAttribute($extraName, 'String'))
        }
    }

    $schema.Types.Add($schemaType)
}

Write-ConnectorLog "Schema has $($schema.Types.Count) types: $($schema.Types.Name -join ', ')"
Write-Output $schema
