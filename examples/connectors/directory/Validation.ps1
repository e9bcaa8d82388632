<#
    Validation script of the directory connector: the API must answer with the configured key.
#>
param(
    [Microsoft.MetadirectoryServices.ConfigParameterPage]
    $ConfigParameterPage,

    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential
)

Set-StrictMode -Version 2.0
Import-Module (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) $ConfigParameters['Common Module Script Name (with extension)'].Value) -Verbose:$false -ErrorAction Stop

try
{
    $connection = Get-DirectoryConnection -ConfigParameters $ConfigParameters
    $answer = Invoke-DirectoryApi -Connection $connection -Method GET -Path '/api/users?limit=1'
    if (Test-DirectoryFailure $answer)
    {
        New-Object Microsoft.MetadirectoryServices.ParameterValidationResult('Failure', "the team directory refused the call: $($answer.Message)", 'ApiKey_Global')
    }
    else
    {
        New-Object Microsoft.MetadirectoryServices.ParameterValidationResult
    }
}
catch
{
    New-Object Microsoft.MetadirectoryServices.ParameterValidationResult('Failure', $_.Exception.Message, 'BaseUrl_Global')
}
