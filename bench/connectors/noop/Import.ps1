param($ConfigParameters, $GetImportEntriesRunStep, $OpenImportConnectionRunStep)
# The target holds the GeneratedObjects_Global users g1..gN (none by default), made up page by
# page, so that reads can be measured against a large connector space. The page position
# travels in CustomData.
$total = [int]$ConfigParameters['GeneratedObjects_Global'].Value
$offset = 0
if ($GetImportEntriesRunStep.CustomData) { $offset = [int]$GetImportEntriesRunStep.CustomData }
$pageSize = $OpenImportConnectionRunStep.PageSize
if ($pageSize -le 0) { $pageSize = 500 }
$end = [Math]::Min($total, $offset + $pageSize)

$entries = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
for ($i = $offset + 1; $i -le $end; $i++)
{
    $entry = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
    $entry.ObjectModificationType = 'Add'
    $entry.ObjectType = 'User'
    $entry.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create('EmployeeId', "g$i"))
    $entry.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('userName', "g$i@bench.example"))
    $entry.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd('lastName', "User$i"))
    $entries.Add($entry)
}
$results = New-Object Microsoft.MetadirectoryServices.GetImportEntriesResults
$results.CSEntries = $entries
$results.MoreToImport = $end -lt $total
$results.CustomData = "$end"
$results
