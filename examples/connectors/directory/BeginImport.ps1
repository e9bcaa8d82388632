<#
    Begin Import script of the directory connector: remembers where the run starts. A delta import
    asks the API for users and groups changed after the previous run's watermark ({"since": t}).
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
Import-Module (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) $ConfigParameters['Common Module Script Name (with extension)'].Value) -Verbose:$false -ErrorAction Stop

$Global:DirectoryConnection = Get-DirectoryConnection -ConfigParameters $ConfigParameters
$Global:DirectorySince = $null
if ($OpenImportConnectionRunStep.ImportType -eq 'Delta' -and -not [string]::IsNullOrEmpty($OpenImportConnectionRunStep.CustomData))
{
    $Global:DirectorySince = (ConvertFrom-Json -InputObject $OpenImportConnectionRunStep.CustomData).since
}
$Global:DirectoryHighWater = $Global:DirectorySince

Write-Verbose "$($OpenImportConnectionRunStep.ImportType) import from $($Global:DirectoryConnection.BaseUrl) since '$Global:DirectorySince'"
New-Object Microsoft.MetadirectoryServices.OpenImportConnectionResults
