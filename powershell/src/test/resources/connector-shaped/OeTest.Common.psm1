# Common module of the openecma test connector: helpers shared by the Schema, Import and Export
# scripts, loaded with Import-Module from the connector's data folder as ECMA2Host does.

function Write-ConnectorLog {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0)]
        [string]$Message
    )
    $logFile = Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath 'connector.log'
    Add-Content -Path $logFile -Value ("{0} {1}" -f (Get-Date -Format 'yyyy-MM-dd HH:mm:ss'), $Message)
    Write-Verbose $Message
}

function Get-ConfigValue {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [ValidateNotNull()]
        $ConfigParameters,
        [Parameter(Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string]$Name,
        [ValidateSet('Global', 'Partition', 'RunStep')]
        [string]$Scope = 'Global',
        $Default = $null
    )
    $key = '{0}_{1}' -f $Name, $Scope
    if ($ConfigParameters.Contains($key) -and -not [string]::IsNullOrEmpty($ConfigParameters[$key].Value)) {
        return $ConfigParameters[$key].Value
    }
    return $Default
}

function New-ConnectorCSEntryChange {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$ObjectType,
        [Parameter(Mandatory = $true)]
        [ValidateSet('Add', 'Update', 'Replace', 'Delete')]
        [string]$ModificationType,
        [Parameter(Mandatory = $true)]
        [string]$AnchorName,
        [Parameter(Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        $AnchorValue
    )
    $csEntry = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
    $csEntry.ObjectType = $ObjectType
    $csEntry.ObjectModificationType = $ModificationType
    $csEntry.DN = ConvertTo-ConnectorDN -ObjectType $ObjectType -Anchor $AnchorValue
    $csEntry.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create($AnchorName, [string]$AnchorValue))
    $csEntry
}

function Add-ConnectorAttributeChange {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        $CSEntryChange,
        [Parameter(Mandatory = $true)]
        [Alias('AttributeName')]
        [string]$Name,
        $Value,
        [ValidateSet('Add', 'Replace', 'Delete')]
        [string]$ModificationType = 'Add',
        [switch]$PassThru
    )
    process {
        $change = switch ($ModificationType) {
            'Add' { [Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd($Name, $Value) }
            'Replace' { [Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeReplace($Name, $Value) }
            'Delete' { [Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeDelete($Name) }
        }
        $CSEntryChange.AttributeChanges.Add($change)
        if ($PassThru) {
            $CSEntryChange
        }
    }
}

function Get-CSEntryChangeValue {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $CSEntryChange,
        [Parameter(Mandatory = $true)]
        [string]$AttributeName,
        [switch]$AsList
    )
    if (-not $CSEntryChange.AttributeChanges.Contains($AttributeName)) {
        return $null
    }
    $values = New-Object 'System.Collections.Generic.List[object]'
    foreach ($valueChange in $CSEntryChange.AttributeChanges[$AttributeName].ValueChanges) {
        if ($valueChange.ModificationType -eq 'Add') {
            $values.Add($valueChange.Value)
        }
    }
    if ($AsList) {
        return , $values
    }
    $values
}

# Not exported: only the module's own functions may call it.
function ConvertTo-ConnectorDN {
    param([string]$ObjectType, [string]$Anchor)
    "CN=$Anchor,OBJECT=$($ObjectType.ToUpper())"
}

Export-ModuleMember -Function Write-ConnectorLog, Get-ConfigValue, New-ConnectorCSEntryChange, Add-ConnectorAttributeChange, Get-CSEntryChangeValue
