# Export script of the openecma test connector: applies each CSEntryChange to a CSV "target
# system" named by ExportFile_Global and reports one CSEntryChangeResult per entry.
param(
    [System.Collections.ObjectModel.KeyedCollection[string, Microsoft.MetadirectoryServices.ConfigParameter]]
    $ConfigParameters,
    [Microsoft.MetadirectoryServices.Schema]
    $Schema,
    [Microsoft.MetadirectoryServices.OpenExportConnectionRunStep]
    $OpenExportConnectionRunStep,
    [System.Collections.Generic.IList[Microsoft.MetaDirectoryServices.CSEntryChange]]
    $CSEntries,
    [pscredential]
    $Credential
)

Set-PSDebug -Strict

$commonModule = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $ConfigParameters['Common Module Script Name (with extension)'].Value
Import-Module -Name $commonModule -Verbose:$false -ErrorAction Stop

function New-TargetRecord {
    param($PropertyNames = @())
    $record = New-Object -TypeName System.Object
    foreach ($property in $PropertyNames) {
        $record | Add-Member -MemberType NoteProperty -Name $property -Value $null
    }
    return $record
}

$targetFile = Get-ConfigValue -ConfigParameters $ConfigParameters -Name 'ExportFile'
$columns = @()
foreach ($attribute in $Schema.Types[0].Attributes) {
    $columns += $attribute.Name
}
$anchorName = $Schema.Types[0].AnchorAttributes[0].Name

# The target system: anchor -> record, in file order.
$target = [ordered]@{}
if (Test-Path -Path $targetFile) {
    foreach ($row in @(Import-Csv -Path $targetFile)) {
        $target[$row.$anchorName] = $row
    }
}

$csentryChangeResults = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChangeResult]'

foreach ($entry in $CSEntries) {
    $anchorValue = $entry.AnchorAttributes[0].Value.ToString()
    try {
        switch ($entry.ObjectModificationType) {
            'Add' {
                if ($target.Contains($anchorValue)) {
                    throw [System.InvalidOperationException]::new("$anchorName $anchorValue already exists")
                }
                $record = New-TargetRecord -PropertyNames $columns
                $record.$anchorName = $anchorValue
                foreach ($attributeName in $entry.ChangedAttributeNames) {
                    $record.$attributeName = (Get-CSEntryChangeValue -CSEntryChange $entry -AttributeName $attributeName) -join ';'
                }
                $target[$anchorValue] = $record
                break
            }
            { $_ -eq 'Replace' -or $_ -eq 'Update' } {
                if (-not $target.Contains($anchorValue)) {
                    throw "$anchorName $anchorValue does not exist"
                }
                $record = $target[$anchorValue]
                foreach ($attributeName in $entry.ChangedAttributeNames) {
                    $change = $entry.AttributeChanges[$attributeName]
                    if ($change.ModificationType -eq 'Delete') {
                        $record.$attributeName = ''
                    }
                    else {
                        $record.$attributeName = (Get-CSEntryChangeValue -CSEntryChange $entry -AttributeName $attributeName -AsList) -join ';'
                    }
                }
                break
            }
            'Delete' {
                $target.Remove($anchorValue)
                break
            }
            default {
                throw "Unsupported modification type $($entry.ObjectModificationType)"
            }
        }
        $csentryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'Success'))
        Write-ConnectorLog "Exported $($entry.ObjectModificationType) $anchorValue"
    }
    catch [System.InvalidOperationException] {
        $csentryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'ExportErrorCustomContinueRun', 'AlreadyExists', $_.Exception.Message))
    }
    catch {
        $csentryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'ExportErrorCustomContinueRun', 'ExportFailed', "$_"))
    }
}

foreach ($record in $target.Values) {
    foreach ($property in $record.PSObject.Properties) {
        if ($null -eq $property.Value) {
            $record.($property.Name) = ''
        }
    }
}
@($target.Values) | Select-Object -Property $columns | Export-Csv -Path $targetFile -NoTypeInformation

$closedType = [type]'Microsoft.MetadirectoryServices.PutExportEntriesResults'
return [Activator]::CreateInstance($closedType, $csentryChangeResults)
