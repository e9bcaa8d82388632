<#
    Schema script of the REST connector: one object type, User, anchored on employeeId.
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
$user = [Microsoft.MetadirectoryServices.SchemaType]::Create('User', $true)
foreach ($attribute in Get-HrAttribute)
{
    if ($attribute.IsAnchor)
    {
        $user.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateAnchorAttribute($attribute.Name, $attribute.DataType))
    }
    else
    {
        $user.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateSingleValuedAttribute($attribute.Name, $attribute.DataType, 'ImportExport'))
    }
}
$schema.Types.Add($user)
$schema
