<#
    Begin Export script of the CSV connector: resolves the file once for the export session and
    creates it when the store is new.
#>
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential,

    [Microsoft.MetadirectoryServices.OpenExportConnectionRunStep]
    $OpenExportConnectionRunStep,

    [Microsoft.MetadirectoryServices.Schema]
    $Types
)

Set-StrictMode -Version 2.0

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

$Global:CsvExportPath = Get-CsvStorePath -ConfigParameters $ConfigParameters

if (-not (Test-Path -Path $Global:CsvExportPath))
{
    New-CsvStore -Path $Global:CsvExportPath
}

# Once per session: exports append the rows they change; fold them into one row per user.
$store = Open-CsvSession -Path $Global:CsvExportPath
if ($store.Rows.Count -gt 0)
{
    Write-CsvStore -Path $Global:CsvExportPath -Rows $store.Rows
    $store.Stamp = Get-CsvFileStamp -Path $Global:CsvExportPath
}

Write-Verbose "Export session ($($OpenExportConnectionRunStep.ExportType)) on $Global:CsvExportPath"
