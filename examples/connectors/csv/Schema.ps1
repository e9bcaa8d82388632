<#
    Schema script of the CSV connector: one object type, User, anchored on EmployeeId.
#>
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential
)

Set-StrictMode -Version 2.0

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

$schema = [Microsoft.MetadirectoryServices.Schema]::Create()
$userType = [Microsoft.MetadirectoryServices.SchemaType]::Create('User', $true)

foreach ($attribute in Get-CsvUserAttribute)
{
    if ($attribute.IsAnchor)
    {
        $userType.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateAnchorAttribute($attribute.Name, $attribute.DataType))
    }
    else
    {
        $userType.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateSingleValuedAttribute($attribute.Name, $attribute.DataType, 'ImportExport'))
    }
}

$schema.Types.Add($userType)

Write-Verbose "Schema: $($userType.Name) with $($userType.Attributes.Count) attributes"
Write-Output $schema
