<#
    Import script of the CSV connector: returns one page of the rows Begin Import selected. The
    page position travels in CustomData together with the delta watermark; the last page's
    CustomData is the watermark the next delta import starts from.
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

$offset = 0
if (-not [string]::IsNullOrEmpty($GetImportEntriesRunStep.CustomData))
{
    $cookie = ConvertFrom-Json -InputObject $GetImportEntriesRunStep.CustomData
    if ($null -ne $cookie.PSObject.Properties['offset'])
    {
        $offset = [int]$cookie.offset
    }
}

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
    $importResults.CustomData = ConvertTo-Json -Compress -InputObject @{ offset = $end; since = $Global:CsvImportHighWater }
}
else
{
    $importResults.CustomData = ConvertTo-Json -Compress -InputObject @{ since = $Global:CsvImportHighWater }
}

Write-Verbose "Imported rows $offset to $end of $($rows.Count)"
Write-Output $importResults
