<#
    Import script of the REST connector: one API page per call. CustomData carries the next offset
    between pages; the last page's CustomData is the watermark {"since": t} for the next delta.
#>
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,

    [System.Management.Automation.PSCredential]
    $Credential,

    [Microsoft.MetadirectoryServices.ImportRunStep]
    $GetImportEntriesRunStep,

    [Microsoft.MetadirectoryServices.OpenImportConnectionRunStep]
    $OpenImportConnectionRunStep,

    [Microsoft.MetadirectoryServices.Schema]
    $Types
)

Set-StrictMode -Version 2.0
Import-Module (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) $ConfigParameters['Common Module Script Name (with extension)'].Value) -Verbose:$false -ErrorAction Stop

$offset = 0
if (-not [string]::IsNullOrEmpty($GetImportEntriesRunStep.CustomData))
{
    $cookie = ConvertFrom-Json -InputObject $GetImportEntriesRunStep.CustomData
    if ($cookie.PSObject.Properties.Name -contains 'offset')
    {
        $offset = [int]$cookie.offset
    }
}

$limit = $OpenImportConnectionRunStep.PageSize
if ($limit -le 0) { $limit = 100 }

$path = "/api/users?offset=$offset&limit=$limit"
if ($Global:HrSince)
{
    $path += '&changedSince=' + [Uri]::EscapeDataString($Global:HrSince)
}
$page = Invoke-HrApi -Connection $Global:HrConnection -Method GET -Path $path
if (Test-HrFailure $page)
{
    throw "legacy HR refused the import ($($page.StatusCode)): $($page.Message)"
}

$entries = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
foreach ($user in $page.users)
{
    if ($user.deleted)
    {
        $entries.Add((New-HrImportEntry -User $user -ModificationType Delete))
    }
    elseif ($Global:HrSince)
    {
        $entries.Add((New-HrImportEntry -User $user -ModificationType Replace))
    }
    else
    {
        $entries.Add((New-HrImportEntry -User $user -ModificationType Add))
    }
    if ($user.modified -gt $Global:HrHighWater)
    {
        $Global:HrHighWater = $user.modified
    }
}

$results = New-Object Microsoft.MetadirectoryServices.GetImportEntriesResults
$results.CSEntries = $entries
$results.MoreToImport = $null -ne $page.nextOffset
if ($results.MoreToImport)
{
    $results.CustomData = ConvertTo-Json -Compress -InputObject @{ offset = $page.nextOffset }
}
else
{
    # Timestamps are fixed-width UTC text, so text order is time order.
    # A full import's watermark is the server's clock: nothing older needs reading again.
    if (-not $Global:HrSince -and $page.serverTime -gt $Global:HrHighWater)
    {
        $Global:HrHighWater = $page.serverTime
    }
    $results.CustomData = ConvertTo-Json -Compress -InputObject @{ since = $Global:HrHighWater }
}
Write-Verbose "Imported $($entries.Count) users from offset $offset"
$results
