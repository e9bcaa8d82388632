<#
    End Import script of the directory connector: forgets the run's state.
#>
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential,

    [Microsoft.MetadirectoryServices.OpenImportConnectionRunStep]
    $OpenImportConnectionRunStep,

    [Microsoft.MetadirectoryServices.CloseImportConnectionRunStep]
    $CloseImportConnectionRunStep
)

Remove-Variable -Name DirectoryConnection, DirectorySince, DirectoryHighWater -Scope Global -ErrorAction SilentlyContinue
Write-Verbose "Import ended: $($CloseImportConnectionRunStep.Reason)"
New-Object Microsoft.MetadirectoryServices.CloseImportConnectionResults
