# Export script of the openecma REST test connector: creates users with POST (the API assigns the
# anchor, reported back as an anchor change), updates them with POST and deletes them with DELETE.
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,
    [Microsoft.MetadirectoryServices.Schema]
    $Schema,
    [Microsoft.MetadirectoryServices.OpenExportConnectionRunStep]
    $OpenExportConnectionRunStep,
    [System.Collections.Generic.IList[Microsoft.MetaDirectoryServices.CSEntryChange]]
    $CSEntries,
    [pscredential]
    $PSCredential
)

Set-PSDebug -Strict

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

$baseUrl = (Get-ConfigValue -ConfigParameters $ConfigParameters -Name 'BaseUrl').TrimEnd('/')
$headers = @{
    'Accept'        = 'application/json'
    'Authorization' = "SSWS $($PSCredential.GetNetworkCredential().Password)"
}

function ConvertTo-ProfileBody {
    param([Parameter(Mandatory = $true)]$Entry)
    $profileValues = [ordered]@{}
    foreach ($attributeName in $Entry.ChangedAttributeNames) {
        $profileValues[$attributeName] = (Get-CSEntryChangeValue -CSEntryChange $Entry -AttributeName $attributeName) -join ';'
    }
    return (@{ profile = $profileValues } | ConvertTo-Json -Compress)
}

$results = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChangeResult]'

foreach ($entry in $CSEntries) {
    $anchorValue = $entry.AnchorAttributes[0].Value
    try {
        if ($entry.ObjectModificationType -eq 'Add') {
            $created = Invoke-RestMethod -Uri "$baseUrl/api/v1/users?activate=true" -Method Post -Headers $headers -Body (ConvertTo-ProfileBody -Entry $entry) -ContentType 'application/json'
            $anchorChanges = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.AttributeChange]'
            $anchorChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('EmployeeId', $created.id))
            $results.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $anchorChanges, 'Success'))
        }
        elseif ($entry.ObjectModificationType -eq 'Delete') {
            Invoke-RestMethod -Uri "$baseUrl/api/v1/users/$anchorValue" -Method Delete -Headers $headers | Out-Null
            $results.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'Success'))
        }
        else {
            Invoke-RestMethod -Uri "$baseUrl/api/v1/users/$anchorValue" -Method Post -Headers $headers -Body (ConvertTo-ProfileBody -Entry $entry) -ContentType 'application/json' | Out-Null
            $results.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'Success'))
        }
    }
    catch {
        Write-ConnectorLog "Export of $anchorValue failed: $($_.Exception.Message)"
        $results.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'ExportErrorConnectedDirectoryError', 'HttpError', $_.Exception.Message))
    }
}

$putResults = New-Object -TypeName 'Microsoft.MetadirectoryServices.PutExportEntriesResults'
foreach ($result in $results) {
    $putResults.CSEntryChangeResults.Add($result)
}
Write-Output $putResults
