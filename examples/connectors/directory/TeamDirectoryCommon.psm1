<#
    TeamDirectoryCommon.psm1
    Helpers shared by the directory connector's scripts: calling the team directory's API
    (examples/team-directory) and turning its users and groups into CSEntryChanges and back.
    Connection failures and 5xx answers become ServerDownException, so the work is retried later.
#>

Set-StrictMode -Version 2.0

$Script:TextAttributes = @{
    User  = @('userName', 'displayName', 'givenName', 'familyName', 'email', 'extra')
    Group = @('displayName', 'extra')
}

function Get-DirectoryAttribute
{
    <#
    .SYNOPSIS
        The attributes of one object type, in schema order. The anchor 'id' is chosen by the directory.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [ValidateSet('User', 'Group')]
        [string]$ObjectType
    )

    [PSCustomObject]@{ Name = 'id'; DataType = 'String'; IsAnchor = $true; MultiValued = $false }
    foreach ($name in $Script:TextAttributes[$ObjectType])
    {
        [PSCustomObject]@{ Name = $name; DataType = 'String'; IsAnchor = $false; MultiValued = $false }
    }
    if ($ObjectType -eq 'User')
    {
        [PSCustomObject]@{ Name = 'active'; DataType = 'Boolean'; IsAnchor = $false; MultiValued = $false }
    }
    else
    {
        [PSCustomObject]@{ Name = 'members'; DataType = 'Reference'; IsAnchor = $false; MultiValued = $true }
    }
}

function Get-DirectoryConnection
{
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $ConfigParameters
    )

    $baseUrl = $ConfigParameters['BaseUrl_Global'].Value
    if ([string]::IsNullOrEmpty($baseUrl))
    {
        throw 'The Global parameter BaseUrl is empty: set it to the address of the team directory.'
    }
    $apiKey = $ConfigParameters['ApiKey_Global'].Value
    if ($ConfigParameters['ApiKey_Global'].SecureValue)
    {
        $apiKey = (New-Object System.Management.Automation.PSCredential('api', $ConfigParameters['ApiKey_Global'].SecureValue)).GetNetworkCredential().Password
    }
    [PSCustomObject]@{
        BaseUrl = $baseUrl.TrimEnd('/')
        Headers = @{ 'X-Api-Key' = $apiKey; 'Accept' = 'application/json' }
    }
}

function Get-DirectoryCollection
{
    <#
    .SYNOPSIS
        The API path of an object type's collection: /api/users or /api/groups.
    #>
    param(
        [Parameter(Mandatory = $true)]
        [string]$ObjectType
    )

    switch ($ObjectType)
    {
        'User' { return '/api/users' }
        'Group' { return '/api/groups' }
        default { throw "The directory connector has no object type '$ObjectType'." }
    }
}

function Invoke-DirectoryApi
{
    <#
    .SYNOPSIS
        Calls the API. Returns the parsed answer, or a PSCustomObject with StatusCode, Error and
        Message for a 4xx answer the caller decides about. Connection failures and 5xx throw
        ServerDownException.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $Connection,

        [Parameter(Mandatory = $true)]
        [ValidateSet('GET', 'POST', 'PATCH', 'DELETE')]
        [string]$Method,

        [Parameter(Mandatory = $true)]
        [string]$Path,

        $Body
    )

    $request = @{
        Uri         = $Connection.BaseUrl + $Path
        Method      = $Method
        Headers     = $Connection.Headers
        ErrorAction = 'Stop'
    }
    if ($null -ne $Body)
    {
        $request['Body'] = ConvertTo-Json -InputObject $Body -Compress
        $request['ContentType'] = 'application/json'
    }

    Write-Verbose "$Method $($request.Uri)"
    try
    {
        return Invoke-RestMethod @request
    }
    catch [System.Net.WebException]
    {
        $status = 0
        if ($null -ne $_.Exception.Response)
        {
            $status = [int]$_.Exception.Response.StatusCode
        }
        if ($status -eq 0 -or $status -ge 500)
        {
            throw (New-Object -TypeName Microsoft.MetadirectoryServices.ServerDownException -ArgumentList "the team directory is not available ($Method $Path): $($_.Exception.Message)")
        }
        $errorCode = ''
        $message = $_.Exception.Message
        if ($_.ErrorDetails -and $_.ErrorDetails.Message)
        {
            $answer = ConvertFrom-Json -InputObject $_.ErrorDetails.Message
            $errorCode = $answer.error
            $message = $answer.message
        }
        return [PSCustomObject]@{ StatusCode = $status; Error = $errorCode; Message = $message }
    }
}

function Test-DirectoryFailure
{
    param($Answer)

    return ($null -ne $Answer) -and ($Answer.PSObject.Properties.Name -contains 'StatusCode')
}

function New-DirectoryImportEntry
{
    <#
    .SYNOPSIS
        A CSEntryChange for one user or group of the API: Add (full import), Replace (delta) or Delete.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $Object,

        [Parameter(Mandatory = $true)]
        [ValidateSet('User', 'Group')]
        [string]$ObjectType,

        [Parameter(Mandatory = $true)]
        [ValidateSet('Add', 'Replace', 'Delete')]
        [string]$ModificationType
    )

    $entry = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
    $entry.ObjectType = $ObjectType
    $entry.ObjectModificationType = $ModificationType
    $entry.DN = "CN=$($Object.id),OBJECT=$($ObjectType.ToUpperInvariant())"
    $entry.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create('id', [string]$Object.id))
    if ($ModificationType -eq 'Delete')
    {
        return $entry
    }

    foreach ($name in $Script:TextAttributes[$ObjectType])
    {
        $value = [string]$Object.$name
        if (-not [string]::IsNullOrEmpty($value))
        {
            $entry.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd($name, $value))
        }
    }
    if ($ObjectType -eq 'User')
    {
        $entry.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('active', [bool]$Object.active))
    }
    else
    {
        $members = @($Object.members | ForEach-Object { [string]$_ })
        if ($members.Count -gt 0)
        {
            $entry.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('members', [object[]]$members))
        }
    }
    return $entry
}

function Get-DirectoryChangeValues
{
    <#
    .SYNOPSIS
        The values an attribute change leaves: the added values, or none when it is cleared.
    #>
    param(
        [Parameter(Mandatory = $true)]
        $Change
    )

    if ($Change.ModificationType -eq 'Delete')
    {
        return ,@()
    }
    return ,@($Change.ValueChanges | Where-Object { $_.ModificationType -eq 'Add' } | ForEach-Object { $_.Value })
}

function ConvertTo-DirectoryBody
{
    <#
    .SYNOPSIS
        The API body for the attributes an entry changes; the anchor 'id' is never sent (the
        directory chooses it).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $CSEntry
    )

    $body = @{}
    foreach ($name in $CSEntry.ChangedAttributeNames)
    {
        $values = Get-DirectoryChangeValues -Change $CSEntry.AttributeChanges[$name]
        if ($name -eq 'id')
        {
            continue
        }
        elseif ($name -eq 'members' -and $CSEntry.ObjectType -eq 'Group')
        {
            $body['members'] = [string[]]@($values | ForEach-Object { [string]$_ })
        }
        elseif ($name -eq 'active' -and $CSEntry.ObjectType -eq 'User')
        {
            $body['active'] = ($values.Count -eq 0) -or ($values[0] -eq $true) -or ([string]$values[0] -eq 'True')
        }
        elseif ($Script:TextAttributes[$CSEntry.ObjectType] -contains $name)
        {
            $text = ''
            if ($values.Count -gt 0)
            {
                $text = [string]$values[0]
            }
            $body[$name] = $text
        }
        else
        {
            throw "The attribute '$name' is not in the schema of the directory connector's $($CSEntry.ObjectType)."
        }
    }
    return $body
}

Export-ModuleMember -Function Get-DirectoryAttribute, Get-DirectoryConnection, Get-DirectoryCollection, Invoke-DirectoryApi, Test-DirectoryFailure, New-DirectoryImportEntry, Get-DirectoryChangeValues, ConvertTo-DirectoryBody
