param($ConfigParameters, $Credential)

$schema = [Microsoft.MetadirectoryServices.Schema]::Create()
$user = [Microsoft.MetadirectoryServices.SchemaType]::Create('User', $true)
$user.Attributes.Add([Microsoft.MetadirectoryServices.SchemaAttribute]::CreateAnchorAttribute('Id', 'String'))
$schema.Types.Add($user)
Write-Output $schema
