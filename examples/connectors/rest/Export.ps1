<#
    Export script of the REST connector: Add creates the user, Replace/Update patch it (isActive
    travels as the API's status in the same call: one call per entry), Delete deletes. Each entry
    gets a CSEntryChangeResult; a refused entry does not stop the batch. An unreachable API stops
    it with ServerDownException (retried).
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

$connection = Get-HrConnection -ConfigParameters $ConfigParameters
$results = New-Object Microsoft.MetadirectoryServices.PutExportEntriesResults

function Add-Result($Entry, $Answer)
{
    if (Test-HrFailure $Answer)
    {
        $code = 'ExportErrorCustomContinueRun'
        if ($Answer.StatusCode -eq 404) { $code = 'ExportErrorConnectedDirectoryMissingObject' }
        if ($Answer.StatusCode -eq 409) { $code = 'ExportErrorConnectedDirectoryExistingObject' }
        $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($Entry.Identifier, $null, $code, "HTTP $($Answer.StatusCode) $($Answer.Error)", $Answer.Message))
        return $false
    }
    return $true
}

foreach ($entry in $CSEntries)
{
    $id = $null
    if ($entry.AnchorAttributes.Count -gt 0)
    {
        $id = [string]$entry.AnchorAttributes[0].Value
    }
    elseif ($entry.ChangedAttributeNames -contains 'employeeId')
    {
        $id = [string](Get-HrChangeValue -Change $entry.AttributeChanges['employeeId'])
    }
    $path = '/api/users/' + [Uri]::EscapeDataString($id)

    try
    {
        switch ($entry.ObjectModificationType)
        {
            'Add'
            {
                $body = ConvertTo-HrUserBody -CSEntry $entry
                $body['employeeId'] = $id
                $answer = Invoke-HrApi -Connection $connection -Method POST -Path '/api/users' -Body $body
                if ((Test-HrFailure $answer) -and $answer.StatusCode -eq 409)
                {
                    # Already there: an earlier run of this batch got this far before its worker
                    # stopped, or the user predates the connector. Make it match instead of failing,
                    # so running a batch twice leaves the target as running it once.
                    Write-Verbose "Add ${id}: exists already, updating it instead"
                    $body.Remove('employeeId')
                    $answer = Invoke-HrApi -Connection $connection -Method PATCH -Path $path -Body $body
                }
                $ok = Add-Result $entry $answer
                break
            }
            'Delete'
            {
                $answer = Invoke-HrApi -Connection $connection -Method DELETE -Path $path
                if ((Test-HrFailure $answer) -and $answer.StatusCode -eq 404)
                {
                    # Gone already (an earlier run of this batch, or deleted in the target): done.
                    Write-Verbose "Delete ${id}: not there, nothing to do"
                    $ok = $true
                    break
                }
                $ok = Add-Result $entry $answer
                break
            }
            default
            {
                $body = ConvertTo-HrUserBody -CSEntry $entry
                $ok = $true
                if ($body.Count -gt 0)
                {
                    $ok = Add-Result $entry (Invoke-HrApi -Connection $connection -Method PATCH -Path $path -Body $body)
                }
            }
        }

        if ($ok)
        {
            $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'Success'))
        }
    }
    catch [Microsoft.MetadirectoryServices.ServerDownException]
    {
        throw
    }
    catch
    {
        $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'ExportErrorCustomContinueRun', 'RestExportError', $_.Exception.Message))
    }
}

$results
