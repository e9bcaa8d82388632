<#
    Password script of the CSV connector: stores a salted hash of the new password. SetPassword is
    a reset; ChangePassword also checks the old password. Passwords shorter than the Global
    parameter MinPasswordLength (8 when not set) are refused.
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

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

$minLength = 8
if ($ConfigParameters.Contains('MinPasswordLength_Global') -and -not [string]::IsNullOrEmpty($ConfigParameters['MinPasswordLength_Global'].Value))
{
    $minLength = [int]$ConfigParameters['MinPasswordLength_Global'].Value
}

if ([string]::IsNullOrEmpty($NewPassword) -or $NewPassword.Length -lt $minLength)
{
    throw (New-Object -TypeName Microsoft.MetadirectoryServices.PasswordPolicyViolationException -ArgumentList "The password must have at least $minLength characters.")
}

$employeeId = [string]$CSEntry['EmployeeId'].Value
$path = Get-CsvStorePath -ConfigParameters $ConfigParameters
$rows = Read-CsvStore -Path $path
$row = $rows | Where-Object { $_.EmployeeId -eq $employeeId -and $_.isDeleted -ne 'True' } | Select-Object -First 1

if ($null -eq $row)
{
    throw (New-Object -TypeName Microsoft.MetadirectoryServices.PasswordExtensionException -ArgumentList "No user with EmployeeId '$employeeId'.")
}

if ($OperationType -eq 'ChangePassword')
{
    if ([string]::IsNullOrEmpty($OldPassword) -or [string]::IsNullOrEmpty($row.passwordHash) -or
        (Get-PasswordHash -Password $OldPassword -Salt $row.passwordSalt) -ne $row.passwordHash)
    {
        throw (New-Object -TypeName Microsoft.MetadirectoryServices.PasswordExtensionException -ArgumentList 'The old password does not match.')
    }
}

$row.passwordSalt = [guid]::NewGuid().ToString('N')
$row.passwordHash = Get-PasswordHash -Password $NewPassword -Salt $row.passwordSalt

Write-CsvStore -Path $path -Rows $rows
Write-Verbose "$OperationType for $employeeId"
