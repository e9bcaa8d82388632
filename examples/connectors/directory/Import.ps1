<#
    Import script of the directory connector: one API page per call, users first, then groups.
    CustomData carries {"type": ..., "offset": N} between pages; the last page's CustomData is the
    watermark {"since": t} for the next delta import.
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

$objectType = 'User'
$offset = 0
if (-not [string]::IsNullOrEmpty($GetImportEntriesRunStep.CustomData))
{
    $cookie = ConvertFrom-Json -InputObject $GetImportEntriesRunStep.CustomData
    if ($cookie.PSObject.Properties.Name -contains 'type')
    {
        $objectType = [string]$cookie.type
        $offset = [int]$cookie.offset
    }
}

$limit = $OpenImportConnectionRunStep.PageSize
if ($limit -le 0) { $limit = 100 }

$path = (Get-DirectoryCollection -ObjectType $objectType) + "?offset=$offset&limit=$limit"
if ($Global:DirectorySince)
{
    $path += '&changedSince=' + [Uri]::EscapeDataString($Global:DirectorySince)
}
$page = Invoke-DirectoryApi -Connection $Global:DirectoryConnection -Method GET -Path $path
if (Test-DirectoryFailure $page)
{
    throw "the team directory refused the import ($($page.StatusCode)): $($page.Message)"
}

if (-not $Global:DirectorySince -and $objectType -eq 'User' -and $offset -eq 0)
{
    # A full import's watermark is the directory's clock when it began: whatever changes while the
    # pages are read is read again by the next delta import (a Replace of the same values is harmless).
    $Global:DirectoryHighWater = $page.serverTime
}

$entries = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
foreach ($object in $page.items)
{
    $modification = 'Add'
    if ($object.deleted) { $modification = 'Delete' }
    elseif ($Global:DirectorySince) { $modification = 'Replace' }
    $entries.Add((New-DirectoryImportEntry -Object $object -ObjectType $objectType -ModificationType $modification))
    # Timestamps are fixed-width UTC text, so text order is time order.
    if ($Global:DirectorySince -and $object.modified -gt $Global:DirectoryHighWater)
    {
        $Global:DirectoryHighWater = $object.modified
    }
}

$results = New-Object Microsoft.MetadirectoryServices.GetImportEntriesResults
$results.CSEntries = $entries
$results.MoreToImport = $true
if ($null -ne $page.nextOffset)
{
    $results.CustomData = ConvertTo-Json -Compress -InputObject @{ type = $objectType; offset = $page.nextOffset }
}
elseif ($objectType -eq 'User')
{
    $results.CustomData = ConvertTo-Json -Compress -InputObject @{ type = 'Group'; offset = 0 }
}
else
{
    $results.MoreToImport = $false
    $results.CustomData = ConvertTo-Json -Compress -InputObject @{ since = $Global:DirectoryHighWater }
}
Write-Verbose "Imported $($entries.Count) $objectType objects from offset $offset"
$results
