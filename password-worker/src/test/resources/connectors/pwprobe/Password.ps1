<#
    Keeps the base64 of each object's password in MAData\<Id>.pwd (a stand-in for a hash). Careless
    on purpose: it writes the password to its verbose stream and into one error message, which the
    worker must scrub. Anchor 'down' throws ServerDownException.
#>
param($ConfigParameters, $Credential, $Partition, $CSEntry, $OperationType, $PasswordOptions, $OldPassword, $NewPassword)

$id = [string]$CSEntry['Id'].Value
Write-Verbose "$OperationType for $id to '$NewPassword'"

if ($id -eq 'down')
{
    throw (New-Object -TypeName Microsoft.MetadirectoryServices.ServerDownException -ArgumentList 'the password store is down')
}
if ($NewPassword.Length -lt 8)
{
    throw (New-Object -TypeName Microsoft.MetadirectoryServices.PasswordPolicyViolationException -ArgumentList 'The password must have at least 8 characters.')
}
if ($NewPassword.Contains(' '))
{
    throw (New-Object -TypeName Microsoft.MetadirectoryServices.PasswordIllFormedException -ArgumentList "Spaces are not allowed: '$NewPassword'")
}

$store = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath "$id.pwd"
if ($OperationType -eq 'ChangePassword')
{
    $current = ''
    if (Test-Path -Path $store)
    {
        $current = (Get-Content -Path $store -Raw).Trim()
    }
    $old = [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($OldPassword))
    if ($current -ne $old)
    {
        throw (New-Object -TypeName Microsoft.MetadirectoryServices.PasswordExtensionException -ArgumentList 'The old password does not match.')
    }
}
Set-Content -Path $store -Value ([Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($NewPassword)))
