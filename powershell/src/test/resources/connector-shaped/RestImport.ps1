# Import script of the openecma REST test connector: reads the users of a REST API (an Okta-like
# shape) with Invoke-RestMethod and returns them as CSEntryChange objects in one page.
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,
    [Microsoft.MetadirectoryServices.Schema]
    $Schema,
    [Microsoft.MetadirectoryServices.OpenImportConnectionRunStep]
    $OpenImportConnectionRunStep,
    [Microsoft.MetadirectoryServices.ImportRunStep]
    $GetImportEntriesRunStep,
    [pscredential]
    $PSCredential
)

Set-PSDebug -Strict

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

function Get-ApiHeaders {
    param([System.Management.Automation.PSCredential]$Credential)
    $headers = New-Object "System.Collections.Generic.Dictionary[[String],[String]]"
    $headers.Add('Accept', 'application/json')
    $headers.Add('Authorization', "SSWS $($Credential.GetNetworkCredential().Password)")
    return $headers
}

$baseUrl = (Get-ConfigValue -ConfigParameters $ConfigParameters -Name 'BaseUrl').TrimEnd('/')
$response = Invoke-RestMethod -Uri "$baseUrl/api/v1/users?limit=200" -Method 'GET' -Headers (Get-ApiHeaders -Credential $PSCredential)

$entrySchema = $Schema.Types[0]
$csEntries = New-Object -TypeName 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'

foreach ($user in $response) {
    $record = [PSCustomObject]@{
        EmployeeId = $user.id
        GivenName  = $user.profile.firstName
        Surname    = $user.profile.lastName
        Mail       = $user.profile.login
        Active     = if ($user.status -eq 'ACTIVE') { $true } else { $false }
    }
    $csEntry = New-ConnectorCSEntryChange -ObjectType $entrySchema.Name -ModificationType Add -AnchorName 'EmployeeId' -AnchorValue $record.EmployeeId
    foreach ($property in $record.PSObject.Properties) {
        if ($property.Name -ne 'EmployeeId' -and $null -ne $property.Value) {
            $csEntry | Add-ConnectorAttributeChange -Name $property.Name -Value $property.Value
        }
    }
    $csEntries.Add($csEntry)
}

Write-ConnectorLog "Imported $($csEntries.Count) users from $baseUrl"

$importResults = New-Object -TypeName 'Microsoft.MetadirectoryServices.GetImportEntriesResults'
$importResults.CSEntries = $csEntries
$importResults.MoreToImport = $false
Write-Output $importResults
