<#
    Password script of the REST connector: sets (SetPassword) or changes (ChangePassword) the
    password through the API, which enforces the policy and checks the old password.
#>
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential,

    [Microsoft.MetadirectoryServices.Partition]
    $Partition,

    [Microsoft.MetadirectoryServices.CSEntry]
    $CSEntry,

    [string]
    $OperationType,

    $PasswordOptions,

    [string]
    $OldPassword,

    [string]
    $NewPassword
)

Set-StrictMode -Version 2.0
Import-Module (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) $ConfigParameters['Common Module Script Name (with extension)'].Value) -Verbose:$false -ErrorAction Stop

$connection = Get-HrConnection -ConfigParameters $ConfigParameters
$id = [string]$CSEntry['employeeId'].Value
$body = @{ newPassword = $NewPassword }
if ($OperationType -eq 'ChangePassword')
{
    $body['oldPassword'] = $OldPassword
}

$answer = Invoke-HrApi -Connection $connection -Method POST -Path ('/api/users/' + [Uri]::EscapeDataString($id) + '/password') -Body $body
if (Test-HrFailure $answer)
{
    switch ($answer.Error)
    {
        'policy' { throw (New-Object Microsoft.MetadirectoryServices.PasswordPolicyViolationException $answer.Message) }
        default { throw (New-Object Microsoft.MetadirectoryServices.PasswordExtensionException "$($answer.StatusCode) $($answer.Error): $($answer.Message)") }
    }
}
Write-Verbose "$OperationType for $id"
