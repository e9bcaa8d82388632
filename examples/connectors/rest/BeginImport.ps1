<#
    Begin Import script of the REST connector: remembers where the run starts. A delta import asks
    the API for users changed after the watermark of the previous run (CustomData {"since": t}).
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

$Global:HrConnection = Get-HrConnection -ConfigParameters $ConfigParameters
$Global:HrSince = $null
if ($OpenImportConnectionRunStep.ImportType -eq 'Delta' -and -not [string]::IsNullOrEmpty($OpenImportConnectionRunStep.CustomData))
{
    $Global:HrSince = (ConvertFrom-Json -InputObject $OpenImportConnectionRunStep.CustomData).since
}
$Global:HrHighWater = $Global:HrSince

Write-Verbose "$($OpenImportConnectionRunStep.ImportType) import from $($Global:HrConnection.BaseUrl) since '$Global:HrSince'"
New-Object Microsoft.MetadirectoryServices.OpenImportConnectionResults
