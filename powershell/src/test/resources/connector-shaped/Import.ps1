# Import script of the openecma test connector: reads the CSV file named by FileName_Global and
# returns it a page at a time. The rows are cached in a global variable on the first page, the
# watermark (next row index) travels in CustomData, as paged ECMA2 imports do.
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,
    [Microsoft.MetadirectoryServices.Schema]
    $Schema,
    [Microsoft.MetadirectoryServices.OpenImportConnectionRunStep]
    $OpenImportConnectionRunStep,
    [Microsoft.MetadirectoryServices.ImportRunStep]
    $GetImportEntriesRunStep,
    [pscredential]
    $Credential
)

Set-PSDebug -Strict

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

$startIndex = 0
if (-not [string]::IsNullOrEmpty($GetImportEntriesRunStep.CustomData)) {
    $startIndex = [int]$GetImportEntriesRunStep.CustomData
}

if ($startIndex -eq 0 -or -not (Test-Path -Path variable:global:ImportRows)) {
    $sourceFile = Get-ConfigValue -ConfigParameters $ConfigParameters -Name 'FileName'
    if (-not (Test-Path -Path $sourceFile)) {
        throw "Import file '$sourceFile' was not found"
    }
    $global:ImportRows = @(Import-Csv -Path $sourceFile -Delimiter ',')
    Write-ConnectorLog "Loaded $($global:ImportRows.Count) rows from $sourceFile"
}

$entrySchema = $Schema.Types['person']
$anchorName = $entrySchema.AnchorAttributes[0].Name
$pageSize = $OpenImportConnectionRunStep.PageSize
$endIndex = [Math]::Min($startIndex + $pageSize, $global:ImportRows.Count)

$csEntries = New-Object -TypeName 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'

for ($i = $startIndex; $i -lt $endIndex; $i++) {
    $record = $global:ImportRows[$i]
    if ([string]::IsNullOrWhiteSpace($record.$anchorName)) {
        Write-ConnectorLog "Row $i has no $anchorName; skipped"
        continue
    }

    $csEntry = New-ConnectorCSEntryChange -ObjectType $entrySchema.Name -ModificationType Add -AnchorName $anchorName -AnchorValue $record.$anchorName

    foreach ($attribute in $entrySchema.Attributes) {
        $attributeName = $attribute.Name
        if ($attribute.IsAnchor -or -not ($record.PSObject.Properties.Name -contains $attributeName)) {
            continue
        }
        $raw = $record.$attributeName
        if ([string]::IsNullOrEmpty($raw)) {
            continue
        }
        if ($attribute.IsMultiValued) {
            $value = [Collections.IList]($raw.Split(';'))
        }
        else {
            $value = switch ($attribute.DataType.ToString()) {
                'Boolean' { [bool]::Parse($raw) }
                'Integer' { [long]$raw }
                default { $raw }
            }
        }
        $csEntry | Add-ConnectorAttributeChange -Name $attributeName -Value $value
    }

    $csEntries.Add($csEntry)
}

$importResults = New-Object -TypeName 'Microsoft.MetadirectoryServices.GetImportEntriesResults'
$importResults.CSEntries = $csEntries
$importResults.MoreToImport = ($endIndex -lt $global:ImportRows.Count)
$importResults.CustomData = [string]$endIndex

Write-ConnectorLog ("Page {0}..{1} of {2}: {3} entries, more: {4}" -f $startIndex, ($endIndex - 1), $global:ImportRows.Count, $csEntries.Count, $importResults.MoreToImport)
Write-Output $importResults
