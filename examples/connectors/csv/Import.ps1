<#
    Import script of the CSV connector: returns one page of the rows Begin Import selected. The
    page position travels in CustomData together with the delta watermark
    ('since=<modifiedUtc>;offset=<n>'); the last page's CustomData ('since=<modifiedUtc>') is the
    watermark the next delta import starts from.
#>
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential,

    [Microsoft.MetadirectoryServices.ImportRunStep]
    $GetImportEntriesRunStep,

    [Microsoft.MetadirectoryServices.OpenImportConnectionRunStep]
    $OpenImportConnectionRunStep,

    [Microsoft.MetadirectoryServices.Schema]
    $Types
)

Set-StrictMode -Version 2.0

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

if ($null -eq $Global:CsvImportRows)
{
    throw 'Begin Import did not run in this session: no rows to import.'
}

# Between pages CustomData carries the position; on the first call it is the previous run's watermark.
$offset = (ConvertFrom-Watermark -CustomData $GetImportEntriesRunStep.CustomData).Offset

$pageSize = $OpenImportConnectionRunStep.PageSize
if ($pageSize -le 0)
{
    $pageSize = 500
}

$modificationType = 'Add'
if ($OpenImportConnectionRunStep.ImportType -eq 'Delta')
{
    $modificationType = 'Replace'
}

$csEntries = New-Object -TypeName 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
$rows = $Global:CsvImportRows
$end = [Math]::Min($offset + $pageSize, $rows.Count)

for ($i = $offset; $i -lt $end; $i++)
{
    $row = $rows[$i]
    if ($row.isDeleted -eq 'True')
    {
        $csEntries.Add((New-ImportEntry -Row $row -ModificationType Delete))
    }
    else
    {
        $csEntries.Add((New-ImportEntry -Row $row -ModificationType $modificationType))
    }
}

$importResults = New-Object -TypeName Microsoft.MetadirectoryServices.GetImportEntriesResults
$importResults.CSEntries = $csEntries
$importResults.MoreToImport = $end -lt $rows.Count

if ($importResults.MoreToImport)
{
    $importResults.CustomData = ConvertTo-Watermark -Since $Global:CsvImportHighWater -Offset $end
}
else
{
    $importResults.CustomData = ConvertTo-Watermark -Since $Global:CsvImportHighWater
}

Write-Verbose "Imported rows $offset to $end of $($rows.Count)"
Write-Output $importResults
