# Password script of the openecma test connector: checks the new password against the target's
# policy and records the operation; failures are signalled with the ECMA2 password exceptions.
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,
    $Partition,
    [Microsoft.MetadirectoryServices.CSEntry]
    $CSEntry,
    [string]
    $OperationType,
    $PasswordOptions,
    [string]
    $OldPassword,
    [string]
    $NewPassword,
    [pscredential]
    $PSCredential
)

Set-PSDebug -Strict

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

$anchor = $CSEntry['EmployeeId'].Value
$minimumLength = [int](Get-ConfigValue -ConfigParameters $ConfigParameters -Name 'MinimumPasswordLength' -Default 8)

if ($NewPassword.Length -lt $minimumLength) {
    throw (New-Object Microsoft.MetadirectoryServices.PasswordPolicyViolationException "The password for $anchor is shorter than $minimumLength characters")
}
if ($OperationType -eq 'ChangePassword' -and $OldPassword -ceq $NewPassword) {
    throw [Microsoft.MetadirectoryServices.PasswordIllFormedException]::new("The new password for $anchor equals the old one")
}

Write-ConnectorLog ("{0} for {1} ({2}), {3} characters" -f $OperationType, $anchor, $CSEntry.DN, $NewPassword.Length)
