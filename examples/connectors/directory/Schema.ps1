<#
    Schema script of the directory connector: User and Group, both anchored on the id the team
    directory chooses. A group's members are references to users.
#>
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential
)

Set-StrictMode -Version 2.0
Import-Module (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) $ConfigParameters['Common Module Script Name (with extension)'].Value) -Verbose:$false -ErrorAction Stop

$schema = [Microsoft.MetadirectoryServices.Schema]::Create()
foreach ($typeName in @('User', 'Group'))
{
    $type = [Microsoft.MetadirectoryServices.SchemaType]::Create($typeName, $true)
    foreach ($attribute in Get-DirectoryAttribute -ObjectType $typeName)
    {
        if ($attribute.IsAnchor)
        {
            $type.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateAnchorAttribute($attribute.Name, $attribute.DataType))
        }
        elseif ($attribute.MultiValued)
        {
            $type.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateMultiValuedAttribute($attribute.Name, $attribute.DataType, 'ImportExport'))
        }
        else
        {
            $type.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateSingleValuedAttribute($attribute.Name, $attribute.DataType, 'ImportExport'))
        }
    }
    $schema.Types.Add($type)
}
$schema
