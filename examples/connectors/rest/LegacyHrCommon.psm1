<#
    LegacyHrCommon.psm1
    Helpers shared by the REST connector's scripts: calling the legacy HR API and turning its users
    into CSEntryChanges and back. The API answers 503 during maintenance and refuses connections
    when down; both become ServerDownException so the work is retried later.
#>

Set-StrictMode -Version 2.0

$Script:AnchorAttributeName = 'employeeId'
$Script:TextAttributes = @('employeeId', 'userName', 'firstName', 'lastName', 'email', 'department', 'title')

function Get-HrAttribute
{
    <#
    .SYNOPSIS
        The attributes of the User type, in schema order.
    #>
    [CmdletBinding()]
    param()

    foreach ($name in $Script:TextAttributes)
    {
        [PSCustomObject]@{ Name = $name; DataType = 'String'; IsAnchor = ($name -eq $Script:AnchorAttributeName) }
    }
    [PSCustomObject]@{ Name = 'isActive'; DataType = 'Boolean'; IsAnchor = $false }
}

function Get-HrConnection
{
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $ConfigParameters
    )

    $baseUrl = $ConfigParameters['BaseUrl_Global'].Value
    if ([string]::IsNullOrEmpty($baseUrl))
    {
        throw 'The Global parameter BaseUrl is empty: set it to the address of the legacy HR application.'
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

function Invoke-HrApi
{
    <#
    .SYNOPSIS
        Calls the API. Returns the parsed answer, or a PSCustomObject with StatusCode and Error for
        a 4xx answer the caller decides about. Connection failures and 5xx throw ServerDownException.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $Connection,

        [Parameter(Mandatory = $true)]
        [ValidateSet('GET', 'POST', 'PATCH', 'PUT', 'DELETE')]
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
            throw (New-Object -TypeName Microsoft.MetadirectoryServices.ServerDownException -ArgumentList "legacy HR is not available ($Method $Path): $($_.Exception.Message)")
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

function Test-HrFailure
{
    param($Answer)

    return ($null -ne $Answer) -and ($Answer.PSObject.Properties.Name -contains 'StatusCode')
}

function New-HrImportEntry
{
    <#
    .SYNOPSIS
        A CSEntryChange for one API user: Add (full import), Replace (delta import) or Delete.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $User,

        [Parameter(Mandatory = $true)]
        [ValidateSet('Add', 'Replace', 'Delete')]
        [string]$ModificationType
    )

    $entry = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
    $entry.ObjectType = 'User'
    $entry.ObjectModificationType = $ModificationType
    $entry.DN = "CN=$($User.employeeId),OBJECT=USER"
    $entry.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create($Script:AnchorAttributeName, [string]$User.employeeId))
    if ($ModificationType -eq 'Delete')
    {
        return $entry
    }

    foreach ($name in $Script:TextAttributes)
    {
        $value = [string]$User.$name
        if (-not [string]::IsNullOrEmpty($value))
        {
            $entry.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd($name, $value))
        }
    }
    $entry.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('isActive', ($User.status -eq 'active')))
    return $entry
}

function Get-HrChangeValue
{
    <#
    .SYNOPSIS
        The new value of a single-valued attribute change: the added value, or '' when it is cleared.
    #>
    param(
        [Parameter(Mandatory = $true)]
        $Change
    )

    if ($Change.ModificationType -eq 'Delete')
    {
        return ''
    }
    $added = @($Change.ValueChanges | Where-Object { $_.ModificationType -eq 'Add' })
    if ($added.Count -eq 0)
    {
        return ''
    }
    return $added[0].Value
}

function ConvertTo-HrUserBody
{
    <#
    .SYNOPSIS
        The API body for the changed attributes of an entry; isActive becomes the API's status, so
        one POST or PATCH carries the whole change (one call per entry).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $CSEntry
    )

    $body = @{}
    foreach ($name in $CSEntry.ChangedAttributeNames)
    {
        if ($name -eq 'isActive')
        {
            $active = Get-HrChangeValue -Change $CSEntry.AttributeChanges[$name]
            $body['status'] = if ($active -eq $true -or $active -eq 'True') { 'active' } else { 'inactive' }
            continue
        }
        if ($Script:TextAttributes -notcontains $name)
        {
            throw "The attribute '$name' is not in the schema of the REST connector."
        }
        $body[$name] = [string](Get-HrChangeValue -Change $CSEntry.AttributeChanges[$name])
    }
    return $body
}

Export-ModuleMember -Function Get-HrAttribute, Get-HrConnection, Invoke-HrApi, Test-HrFailure, New-HrImportEntry, Get-HrChangeValue, ConvertTo-HrUserBody
