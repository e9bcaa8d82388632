<#
    Validation script of the CSV connector: the CSV file must be named and its folder must exist.
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

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

$result = New-Object -TypeName Microsoft.MetadirectoryServices.ParameterValidationResult

try
{
    $path = Get-CsvStorePath -ConfigParameters $ConfigParameters
    $folder = Split-Path -Path $path -Parent
    if (-not (Test-Path -Path $folder))
    {
        $result.Code = 'Failure'
        $result.ErrorMessage = "The folder of the CSV file does not exist: $folder"
        $result.ErrorParameter = 'CsvFile_Global'
    }
    else
    {
        $result.Code = 'Success'
    }
}
catch
{
    $result.Code = 'Failure'
    $result.ErrorMessage = $_.Exception.Message
    $result.ErrorParameter = 'CsvFile_Global'
}

Write-Output $result
