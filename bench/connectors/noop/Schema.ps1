# One object type, User, anchored on EmployeeId; every attribute a string.
$schema = [Microsoft.MetadirectoryServices.Schema]::Create()
$user = [Microsoft.MetadirectoryServices.SchemaType]::Create('User', $true)
$user.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateAnchorAttribute('EmployeeId', 'String'))
foreach ($name in 'userName', 'firstName', 'lastName')
{
    $user.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateSingleValuedAttribute($name, 'String', 'ImportExport'))
}
$schema.Types.Add($user)
$schema
