<#
    Five users (one for a delta import), PageSize per page. CustomData is 'offset=<n>' between
    pages and 'seen=<count>;from=<previous watermark>' after the last. The last page of a full
    import also carries an entry flagged with an import error (a row the target holds but that
    cannot be read).
#>
param($ConfigParameters, $Credential, $GetImportEntriesRunStep, $OpenImportConnectionRunStep, $Types)

$offset = 0
if ($GetImportEntriesRunStep.CustomData -like 'offset=*')
{
    $offset = [int]$GetImportEntriesRunStep.CustomData.Substring(7)
}
$total = 5
$modification = 'Add'
if ($OpenImportConnectionRunStep.ImportType -eq 'Delta')
{
    $total = 1
    $modification = 'Replace'
}
$end = [Math]::Min($offset + $OpenImportConnectionRunStep.PageSize, $total)

$entries = New-Object -TypeName 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
for ($i = $offset; $i -lt $end; $i++)
{
    $entry = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
    $entry.ObjectType = 'User'
    $entry.ObjectModificationType = $modification
    $entry.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create('Id', "u$i"))
    $entry.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('name', "user $i"))
    $entries.Add($entry)
}

if ($end -ge $total -and $OpenImportConnectionRunStep.ImportType -eq 'Full')
{
    $broken = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
    $broken.ObjectType = 'User'
    $broken.DN = 'CN=u9,OU=probe'
    $broken.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create('Id', 'u9'))
    $broken.ErrorCodeImport = 'ImportErrorInvalidAttributeValue'
    $broken.ErrorName = 'UnreadableRow'
    $broken.ErrorDetail = 'row u9 has a name the target cannot decode'
    $entries.Add($broken)
}

$results = New-Object -TypeName Microsoft.MetadirectoryServices.GetImportEntriesResults
$results.CSEntries = $entries
$results.MoreToImport = $end -lt $total
if ($results.MoreToImport)
{
    $results.CustomData = "offset=$end"
}
else
{
    $results.CustomData = "seen=$total;from=$($OpenImportConnectionRunStep.CustomData)"
}
Write-Output $results
