<#
    Begin Import script of the CSV connector: reads the file once and keeps the rows to import for
    the Import script's pages. A full import takes every live user; a delta import takes what
    changed after the watermark of the previous run, tombstones included.
#>
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential,

    [Microsoft.MetadirectoryServices.OpenImportConnectionRunStep]
    $OpenImportConnectionRunStep,

    [Microsoft.MetadirectoryServices.Schema]
    $Types
)

Set-StrictMode -Version 2.0

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

$path = Get-CsvStorePath -ConfigParameters $ConfigParameters
$rows = Read-CsvStore -Path $path

# The watermark of the previous run: the newest modifiedUtc it saw.
$since = ''
if ($OpenImportConnectionRunStep.ImportType -eq 'Delta')
{
    $since = (ConvertFrom-Watermark -CustomData $OpenImportConnectionRunStep.CustomData).Since
}

$highWater = $since
foreach ($row in $rows)
{
    if ([string]::CompareOrdinal($row.modifiedUtc, $highWater) -gt 0)
    {
        $highWater = $row.modifiedUtc
    }
}

if ($OpenImportConnectionRunStep.ImportType -eq 'Delta')
{
    $selected = @($rows | Where-Object { [string]::CompareOrdinal($_.modifiedUtc, $since) -gt 0 } | Sort-Object -Property modifiedUtc, EmployeeId)
}
else
{
    $selected = @($rows | Where-Object { $_.isDeleted -ne 'True' } | Sort-Object -Property EmployeeId)
}

$Global:CsvImportRows = $selected
$Global:CsvImportHighWater = $highWater

Write-Verbose "$($OpenImportConnectionRunStep.ImportType) import of $($selected.Count) rows since '$since'"
Write-Output (New-Object -TypeName Microsoft.MetadirectoryServices.OpenImportConnectionResults)
