<#
    End Export script of the CSV connector.
#>
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential,

    [Microsoft.MetadirectoryServices.OpenExportConnectionRunStep]
    $OpenExportConnectionRunStep,

    [Microsoft.MetadirectoryServices.CloseExportConnectionRunStep]
    $CloseExportConnectionRunStep
)

Remove-Variable -Name CsvExportPath -Scope Global -ErrorAction SilentlyContinue
Remove-Variable -Name CsvSession -Scope Global -ErrorAction SilentlyContinue
Write-Verbose "Export ended: $($CloseExportConnectionRunStep.Reason)"
