param($CSEntries)
# Every entry succeeds; nothing is written anywhere.
$results = New-Object Microsoft.MetadirectoryServices.PutExportEntriesResults
foreach ($entry in $CSEntries)
{
    $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'Success'))
}
$results
