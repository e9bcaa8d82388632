<#
    Export script of the CSV connector: applies each CSEntryChange to the file and reports a
    result per entry. A failed entry is reported with ExportErrorCustomContinueRun and the reason;
    the other entries are still exported.
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

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

# Begin Export normally sets the path; fall back for a session where it did not run.
if (-not (Test-Path -Path Variable:Global:CsvExportPath))
{
    $Global:CsvExportPath = Get-CsvStorePath -ConfigParameters $ConfigParameters
}

# The session reads the file once and keeps it in memory (again only if another process wrote
# it since); each call appends the rows it changed instead of rewriting the whole file.
$store = Open-CsvSession -Path $Global:CsvExportPath
$rows = $store.Rows
$index = $store.Index
$changed = [ordered]@{}

$exportResults = New-Object -TypeName Microsoft.MetadirectoryServices.PutExportEntriesResults

foreach ($entry in $CSEntries)
{
    try
    {
        $employeeId = Get-AnchorValue -CSEntry $entry
        $row = $index[$employeeId]
        $exists = ($null -ne $row) -and ($row.isDeleted -ne 'True')

        switch ($entry.ObjectModificationType)
        {
            'Add'
            {
                if ($exists)
                {
                    throw "A user with EmployeeId '$employeeId' already exists."
                }
                if ($null -eq $row)
                {
                    $row = New-CsvRow -EmployeeId $employeeId
                    $rows.Add($row)
                    $index[$employeeId] = $row
                }
                else
                {
                    # Re-create over the tombstone of a deleted user: start from empty values.
                    foreach ($attribute in Get-CsvUserAttribute)
                    {
                        if ($attribute.Name -ne 'EmployeeId')
                        {
                            $row.($attribute.Name) = ''
                        }
                    }
                    $row.passwordSalt = ''
                    $row.passwordHash = ''
                    $row.isDeleted = 'False'
                }
                Set-CsvRowFromChange -Row $row -CSEntry $entry
                break
            }
            'Replace'
            {
                if (-not $exists)
                {
                    throw "No user with EmployeeId '$employeeId' to replace."
                }
                foreach ($attribute in Get-CsvUserAttribute)
                {
                    if ($attribute.Name -ne 'EmployeeId' -and $entry.ChangedAttributeNames -notcontains $attribute.Name)
                    {
                        $row.($attribute.Name) = ''
                    }
                }
                Set-CsvRowFromChange -Row $row -CSEntry $entry
                break
            }
            'Update'
            {
                if (-not $exists)
                {
                    throw "No user with EmployeeId '$employeeId' to update."
                }
                Set-CsvRowFromChange -Row $row -CSEntry $entry
                break
            }
            'Delete'
            {
                if (-not $exists)
                {
                    throw "No user with EmployeeId '$employeeId' to delete."
                }
                $row.isDeleted = 'True'
                break
            }
            default
            {
                throw "Unsupported object modification '$($entry.ObjectModificationType)'."
            }
        }

        $row.modifiedUtc = Get-UtcTimestamp
        $changed[$employeeId] = $row
        $exportResults.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'Success'))
    }
    catch
    {
        Write-Verbose "Export of $($entry.Identifier) failed: $($_.Exception.Message)"
        # the entry may have changed its row in memory before it failed: read the file again next time
        $store.Stamp = 'stale'
        $exportResults.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'ExportErrorCustomContinueRun', 'CsvExportError', $_.Exception.Message))
    }
}

Add-CsvStoreRow -Session $store -Rows @($changed.Values)
Write-Output $exportResults
