<#
    Export script of the directory connector, for users and groups.
    Add: the directory chooses the id; the entry's result returns it as the new anchor. The anchor
    the entry came with (a provisional one) is sent as createdFor, so that an Add run twice (a
    batch retried after a worker stopped) finds the object it created instead of creating another.
    Replace/Update: PATCH of the changed attributes (members: the whole list). Delete: DELETE; the
    directory takes a deleted user out of its groups. Each entry gets a CSEntryChangeResult; a
    refused entry does not stop the batch. An unreachable API stops it with ServerDownException.
#>
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential,

    [System.Collections.Generic.IList[Microsoft.MetadirectoryServices.CSEntryChange]]
    $CSEntries,

    [Microsoft.MetadirectoryServices.OpenExportConnectionRunStep]
    $OpenExportConnectionRunStep,

    [Microsoft.MetadirectoryServices.Schema]
    $Types
)

Set-StrictMode -Version 2.0
Import-Module (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) $ConfigParameters['Common Module Script Name (with extension)'].Value) -Verbose:$false -ErrorAction Stop

$connection = Get-DirectoryConnection -ConfigParameters $ConfigParameters
$results = New-Object Microsoft.MetadirectoryServices.PutExportEntriesResults

function Add-Failure($Entry, $Answer)
{
    $code = 'ExportErrorCustomContinueRun'
    if ($Answer.StatusCode -eq 404) { $code = 'ExportErrorConnectedDirectoryMissingObject' }
    if ($Answer.StatusCode -eq 409) { $code = 'ExportErrorConnectedDirectoryExistingObject' }
    $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($Entry.Identifier, $null, $code, "HTTP $($Answer.StatusCode) $($Answer.Error)", $Answer.Message))
}

function Add-Success($Entry, $NewId)
{
    $changes = $null
    if ($NewId)
    {
        $changes = @([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('id', [string]$NewId))
    }
    $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($Entry.Identifier, $changes, 'Success'))
}

foreach ($entry in $CSEntries)
{
    $id = [string]$entry.AnchorAttributes[0].Value
    $collection = Get-DirectoryCollection -ObjectType $entry.ObjectType
    $path = $collection + '/' + [Uri]::EscapeDataString($id)

    try
    {
        switch ($entry.ObjectModificationType)
        {
            'Add'
            {
                $body = ConvertTo-DirectoryBody -CSEntry $entry
                $earlier = Invoke-DirectoryApi -Connection $connection -Method GET -Path ($collection + '?createdFor=' + [Uri]::EscapeDataString($id))
                if ((Test-DirectoryFailure $earlier))
                {
                    Add-Failure $entry $earlier
                    break
                }
                if (@($earlier.items).Count -gt 0)
                {
                    # Created by an earlier run of this batch: make it match, report its id.
                    $existing = @($earlier.items)[0]
                    Write-Verbose "Add ${id}: created before as $($existing.id), updating it instead"
                    $answer = Invoke-DirectoryApi -Connection $connection -Method PATCH -Path ($collection + '/' + $existing.id) -Body $body
                }
                else
                {
                    $body['createdFor'] = $id
                    $answer = Invoke-DirectoryApi -Connection $connection -Method POST -Path $collection -Body $body
                }
                if (Test-DirectoryFailure $answer)
                {
                    Add-Failure $entry $answer
                }
                else
                {
                    Add-Success $entry $answer.id
                }
                break
            }
            'Delete'
            {
                $answer = Invoke-DirectoryApi -Connection $connection -Method DELETE -Path $path
                if ((Test-DirectoryFailure $answer) -and $answer.StatusCode -ne 404)
                {
                    Add-Failure $entry $answer
                }
                else
                {
                    # 404: gone already (an earlier run of this batch, or deleted in the directory).
                    Add-Success $entry $null
                }
                break
            }
            default
            {
                $body = ConvertTo-DirectoryBody -CSEntry $entry
                $answer = $null
                if ($body.Count -gt 0)
                {
                    $answer = Invoke-DirectoryApi -Connection $connection -Method PATCH -Path $path -Body $body
                }
                if (Test-DirectoryFailure $answer)
                {
                    Add-Failure $entry $answer
                }
                else
                {
                    Add-Success $entry $null
                }
            }
        }
    }
    catch [Microsoft.MetadirectoryServices.ServerDownException]
    {
        throw
    }
    catch
    {
        $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'ExportErrorCustomContinueRun', 'DirectoryExportError', $_.Exception.Message))
    }
}

$results
