<#
    Five users (one for a delta import), PageSize per page. CustomData is 'offset=<n>' between
    pages and 'seen=<count>;from=<previous watermark>' after the last.
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
