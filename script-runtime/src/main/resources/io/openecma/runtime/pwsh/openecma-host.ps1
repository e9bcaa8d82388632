# openecma's pwsh host: runs one connector's scripts for the pwsh runtime
# (io.openecma.runtime.pwsh.PwshScriptRuntime), in PowerShell 7.
#
# Protocol: one JSON request a line on stdin, answers one JSON line each on stdout.
#   {"op":"init", "connector", "scripts": {kind: {name, body}}, "configParameters": [...], "credential"}
#   {"op":"run", "kind", "named": {name: parameter}, "variables": {name: parameter}}
#   {"op":"exit"}
# Each request is answered by stream events {"type":"stream","stream","text"} and then exactly one
# {"type":"result","output":[...]} or {"type":"error","message","exceptionType","line","column","file"}.
# Parameters and results are objects tagged with "_t" (see WireEncoder and WireDecoder); strings
# sent to the host carry an "s:" prefix, so ConvertFrom-Json never turns one into a DateTime.
#
# The connector scripts run in a runspace of their own (as ECMA2Host's PowerShell connector runs
# them), created once per process: a session's Begin..End share it, so $Global: state survives.

$ErrorActionPreference = 'Stop'

# The control channel is a writer on the real stdout, opened before anything else can print;
# then the console's output goes to stderr, so nothing a script prints can reach the channel.
$protocol = [System.IO.StreamWriter]::new([Console]::OpenStandardOutput())
$protocol.AutoFlush = $true
$requests = [System.IO.StreamReader]::new([Console]::OpenStandardInput())
[Console]::SetOut([Console]::Error)

$startFailure = $null
if (-not ('Microsoft.MetadirectoryServices.CSEntryChange' -as [type])) {
    try {
        Add-Type -Path (Join-Path $PSScriptRoot 'MetadirectoryServices.cs') -IgnoreWarnings
    } catch {
        $startFailure = "the Microsoft.MetadirectoryServices types did not compile: $($_.Exception.Message)"
    }
}

$state = @{ scripts = @{}; config = $null; credential = $null; ps = $null }

function Send-Message($message) {
    $protocol.WriteLine((ConvertTo-Json -InputObject $message -Depth 64 -Compress))
}

function Send-Stream([string]$stream, $text) {
    Send-Message @{ type = 'stream'; stream = $stream; text = [string]$text }
}

# ---- from the wire

function Read-Text($text) {
    if ($null -eq $text) { return $null }
    return ([string]$text).Substring(2)
}

function Read-Value($value) {
    if ($null -eq $value) { return $null }
    if ($value -is [string]) { return $value.Substring(2) }
    if ($value -is [bool]) { return $value }
    if ($value -is [int] -or $value -is [long] -or $value -is [decimal] -or $value -is [double]) { return [long]$value }
    return , [Convert]::FromBase64String([string]$value.b64)
}

function New-SecureText([string]$text) {
    if ($text.Length -eq 0) { return New-Object System.Security.SecureString }
    return ConvertTo-SecureString -String $text -AsPlainText -Force
}

function New-Partition($node) {
    return [Microsoft.MetadirectoryServices.Partition]::Create([guid][string]$node.identifier, (Read-Text $node.dn), (Read-Text $node.name))
}

function New-Schema($node) {
    $schema = [Microsoft.MetadirectoryServices.Schema]::Create()
    foreach ($t in $node.types) {
        $type = [Microsoft.MetadirectoryServices.SchemaType]::Create([string]$t.name, [bool]$t.locked)
        foreach ($a in $t.attributes) {
            if ($a.anchor) {
                $attribute = [Microsoft.MetadirectoryServices.SchemaAttribute]::CreateAnchorAttribute([string]$a.name, [string]$a.dataType, [string]$a.operation)
            } elseif ($a.multiValued) {
                $attribute = [Microsoft.MetadirectoryServices.SchemaAttribute]::CreateMultiValuedAttribute([string]$a.name, [string]$a.dataType, [string]$a.operation)
            } else {
                $attribute = [Microsoft.MetadirectoryServices.SchemaAttribute]::CreateSingleValuedAttribute([string]$a.name, [string]$a.dataType, [string]$a.operation)
            }
            $type.Attributes.Add($attribute)
        }
        foreach ($dn in $t.dnComponents) { $type.PossibleDNComponentsForProvisioning.Add([string]$dn) }
        $schema.Types.Add($type)
    }
    return $schema
}

# An attribute change with the data type the schema gives it (a Reference stays a Reference).
function New-AttributeChange($node) {
    $changes = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.ValueChange]'
    foreach ($v in $node.values) {
        if ([string]$v.modificationType -eq 'Delete') {
            $changes.Add([Microsoft.MetadirectoryServices.ValueChange]::CreateValueDelete((Read-Value $v.value)))
        } else {
            $changes.Add([Microsoft.MetadirectoryServices.ValueChange]::CreateValueAdd((Read-Value $v.value)))
        }
    }
    return [Microsoft.MetadirectoryServices.AttributeChange]::new([string]$node.name, [string]$node.modificationType,
        $changes, [string]$node.dataType)
}

function New-CSEntryChange($node) {
    $change = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
    $change.Identifier = [guid][string]$node.identifier
    $change.ObjectModificationType = [string]$node.objectModificationType
    $change.ObjectType = [string]$node.objectType
    if ($null -ne $node.dn) { $change.DN = Read-Text $node.dn }
    foreach ($a in $node.anchors) {
        $change.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create([string]$a.name, (Read-Value $a.value)))
    }
    foreach ($a in $node.changes) { $change.AttributeChanges.Add((New-AttributeChange $a)) }
    return $change
}

function New-CSEntry($node) {
    $values = New-Object 'System.Collections.Generic.Dictionary[string,System.Collections.Generic.List[object]]'
    foreach ($p in $node.attributes.PSObject.Properties) {
        $list = New-Object 'System.Collections.Generic.List[object]'
        foreach ($v in $p.Value) { $list.Add((Read-Value $v)) }
        $values[$p.Name] = $list
    }
    return [Microsoft.MetadirectoryServices.CSEntry]::new((Read-Text $node.dn), [string]$node.objectType, $values)
}

# A parameter of a script call; collections come back whole (unary comma), never unrolled.
function Read-Parameter($node) {
    if ($null -eq $node) { return $null }
    switch ([string]$node._t) {
        'ConfigParameters' { return , $state.config }
        'Credential' { return $state.credential }
        'String' { return Read-Text $node.value }
        'ConfigParameterPage' { return [Microsoft.MetadirectoryServices.ConfigParameterPage][string]$node.value }
        'PasswordOptions' { return [Microsoft.MetadirectoryServices.PasswordOptions][string]$node.value }
        'Partition' { return New-Partition $node }
        'HierarchyNode' { return [Microsoft.MetadirectoryServices.HierarchyNode]::Create((Read-Text $node.dn), (Read-Text $node.displayName)) }
        'Schema' { return New-Schema $node }
        'CSEntry' { return New-CSEntry $node }
        'CSEntries' {
            $list = New-Object 'System.Collections.Generic.List[Microsoft.MetadirectoryServices.CSEntryChange]'
            foreach ($item in $node.items) { $list.Add((New-CSEntryChange $item)) }
            return , $list
        }
        'OpenImportConnectionRunStep' {
            return [Microsoft.MetadirectoryServices.OpenImportConnectionRunStep]::new((New-Partition $node.partition),
                [string]$node.importType, [int]$node.pageSize, (Read-Text $node.customData))
        }
        'ImportRunStep' { return [Microsoft.MetadirectoryServices.ImportRunStep]::new((Read-Text $node.customData)) }
        'CloseImportConnectionRunStep' {
            return [Microsoft.MetadirectoryServices.CloseImportConnectionRunStep]::new([string]$node.reason, (Read-Text $node.customData))
        }
        'OpenExportConnectionRunStep' {
            return [Microsoft.MetadirectoryServices.OpenExportConnectionRunStep]::new((New-Partition $node.partition),
                [int]$node.batchSize, [string]$node.exportType)
        }
        'CloseExportConnectionRunStep' { return [Microsoft.MetadirectoryServices.CloseExportConnectionRunStep]::new([string]$node.reason) }
    }
    throw "openecma host: unknown parameter type '$($node._t)'"
}

# ---- to the wire

function Test-Scalar($value) {
    return $value -is [string] -or $value -is [bool] -or $value -is [int] -or $value -is [long] -or
        $value -is [double] -or $value -is [decimal] -or $value -is [byte] -or $value -is [int16]
}

# A plain string, Boolean or number, never a PSObject wrapper (whose extra properties ConvertTo-Json would write).
function Write-Scalar($value) {
    if ($value -is [string]) { return [string]$value }
    if ($value -is [bool]) { return [bool]$value }
    if ($value -is [double] -or $value -is [decimal]) { return [double]$value }
    return [long]$value
}

function Write-Value($value) {
    if ($null -eq $value) { return $null }
    if ($value -is [byte[]]) { return @{ b64 = [Convert]::ToBase64String($value) } }
    if (Test-Scalar $value) { return Write-Scalar $value }
    return [string]$value
}

function Write-AttributeChange($change) {
    $values = New-Object 'System.Collections.Generic.List[object]'
    foreach ($v in $change.ValueChanges) {
        $values.Add(@{ modificationType = [string]$v.ModificationType; value = (Write-Value $v.Value) })
    }
    return @{ _t = 'AttributeChange'; name = [string]$change.Name; modificationType = [string]$change.ModificationType; values = $values }
}

function Write-List($items) {
    $list = New-Object 'System.Collections.Generic.List[object]'
    foreach ($item in $items) { $list.Add((Write-Item $item)) }
    return , $list
}

# One object a script returned; anything that is not an ECMA2 object is named by type and text.
function Write-Item($o) {
    if ($null -eq $o) { return $null }
    if ($o -is [byte[]]) { return @{ _t = 'Binary'; b64 = [Convert]::ToBase64String($o) } }
    if (Test-Scalar $o) { return Write-Scalar $o }
    if ($o -is [Microsoft.MetadirectoryServices.Schema]) {
        $types = New-Object 'System.Collections.Generic.List[object]'
        foreach ($t in $o.Types) {
            $attributes = New-Object 'System.Collections.Generic.List[object]'
            foreach ($a in $t.Attributes) {
                $attributes.Add(@{ name = [string]$a.Name; dataType = [string]$a.DataType; multiValued = [bool]$a.IsMultiValued
                    anchor = [bool]$a.IsAnchor; operation = [string]$a.AllowedAttributeOperation })
            }
            $dn = New-Object 'System.Collections.Generic.List[object]'
            foreach ($c in $t.PossibleDNComponentsForProvisioning) { $dn.Add([string]$c) }
            $types.Add(@{ name = [string]$t.Name; locked = [bool]$t.Locked; attributes = $attributes; dnComponents = $dn })
        }
        return @{ _t = 'Schema'; types = $types }
    }
    if ($o -is [Microsoft.MetadirectoryServices.CSEntryChange]) {
        $anchors = New-Object 'System.Collections.Generic.List[object]'
        foreach ($a in $o.AnchorAttributes) { $anchors.Add(@{ name = [string]$a.Name; value = (Write-Value $a.Value) }) }
        $changes = New-Object 'System.Collections.Generic.List[object]'
        foreach ($a in $o.AttributeChanges) { $changes.Add((Write-AttributeChange $a)) }
        $type = if ($null -eq $o.ObjectModificationType) { '' } else { [string]$o.ObjectModificationType }
        return @{ _t = 'CSEntryChange'; identifier = [string]$o.Identifier; objectModificationType = $type
            objectType = $o.ObjectType; dn = $o.DN; anchors = $anchors; changes = $changes
            errorCodeImport = [string]$o.ErrorCodeImport; errorName = $o.ErrorName; errorDetail = $o.ErrorDetail }
    }
    if ($o -is [Microsoft.MetadirectoryServices.GetImportEntriesResults]) {
        return @{ _t = 'GetImportEntriesResults'; customData = $o.CustomData; moreToImport = [bool]$o.MoreToImport
            entries = (Write-List $o.CSEntries) }
    }
    if ($o -is [Microsoft.MetadirectoryServices.PutExportEntriesResults]) {
        return @{ _t = 'PutExportEntriesResults'; results = (Write-List $o.CSEntryChangeResults) }
    }
    if ($o -is [Microsoft.MetadirectoryServices.CSEntryChangeResult]) {
        return @{ _t = 'CSEntryChangeResult'; identifier = [string]$o.Identifier; errorCode = [string]$o.ErrorCode
            errorName = $o.ErrorName; errorDetail = $o.ErrorDetail; anchorAttributes = (Write-List $o.AnchorAttributes) }
    }
    if ($o -is [Microsoft.MetadirectoryServices.AttributeChange]) { return Write-AttributeChange $o }
    if ($o -is [Microsoft.MetadirectoryServices.OpenImportConnectionResults]) {
        return @{ _t = 'OpenImportConnectionResults'; customData = $o.CustomData }
    }
    if ($o -is [Microsoft.MetadirectoryServices.CloseImportConnectionResults]) {
        return @{ _t = 'CloseImportConnectionResults'; customData = $o.CustomData }
    }
    if ($o -is [Microsoft.MetadirectoryServices.ParameterValidationResult]) {
        return @{ _t = 'ParameterValidationResult'; code = [string]$o.Code; message = $o.ErrorMessage; parameter = $o.ErrorParameter }
    }
    if ($o -is [Microsoft.MetadirectoryServices.Partition]) {
        return @{ _t = 'Partition'; identifier = [string]$o.Identifier; dn = $o.DN; name = $o.Name }
    }
    if ($o -is [Microsoft.MetadirectoryServices.HierarchyNode]) {
        return @{ _t = 'HierarchyNode'; dn = $o.DN; displayName = $o.DisplayName }
    }
    if ($o -is [System.Collections.IEnumerable] -and -not ($o -is [System.Collections.IDictionary])) {
        return @{ _t = 'List'; items = (Write-List $o) }
    }
    return @{ _t = 'Other'; typeName = [string]$o.GetType().FullName; text = [string]$o }
}

# ---- running scripts

function Initialize-Host($request) {
    if ($null -ne $startFailure) { throw $startFailure }
    foreach ($p in $request.scripts.PSObject.Properties) { $state.scripts[$p.Name] = $p.Value }
    $config = [Microsoft.MetadirectoryServices.ConfigParameterKeyedCollection]::new()
    foreach ($p in $request.configParameters) {
        if ($p.encrypted) {
            $config.Add([Microsoft.MetadirectoryServices.ConfigParameter]::new([string]$p.name, (New-SecureText (Read-Text $p.value))))
        } else {
            $config.Add([Microsoft.MetadirectoryServices.ConfigParameter]::new([string]$p.name, [string](Read-Text $p.value)))
        }
    }
    $state.config = $config
    if ($null -ne $request.credential) {
        $state.credential = New-Object System.Management.Automation.PSCredential -ArgumentList (Read-Text $request.credential.user),
            (New-SecureText (Read-Text $request.credential.password))
    }
    $runspace = [System.Management.Automation.Runspaces.RunspaceFactory]::CreateRunspace()
    $runspace.Open()
    $ps = [System.Management.Automation.PowerShell]::Create()
    $ps.Runspace = $runspace
    # ECMA2Host traces the scripts' verbose and debug streams; capture them rather than drop them.
    [void]$ps.AddScript('$VerbosePreference = ''Continue''; $DebugPreference = ''Continue''')
    [void]$ps.Invoke()
    $state.ps = $ps
    return @{ type = 'result'; output = @() }
}

function Send-Streams($ps) {
    foreach ($r in $ps.Streams.Verbose) { Send-Stream 'verbose' $r.Message }
    foreach ($r in $ps.Streams.Debug) { Send-Stream 'debug' $r.Message }
    foreach ($r in $ps.Streams.Warning) { Send-Stream 'warning' $r.Message }
    foreach ($r in $ps.Streams.Information) {
        $stream = if ($r.Tags -contains 'PSHOST') { 'host' } else { 'information' }
        Send-Stream $stream $r.MessageData
    }
    # Non-terminating errors: the script went on, as under ECMA2Host.
    foreach ($r in $ps.Streams.Error) {
        $line = 0
        if ($null -ne $r.InvocationInfo) { $line = [int]$r.InvocationInfo.ScriptLineNumber }
        if ($line -gt 0) { Send-Stream 'error' "line ${line}: $($r.ToString())" } else { Send-Stream 'error' $r.ToString() }
    }
}

# The terminating error of a failed script: the exception the script threw, where it threw it.
function Get-Failure($ps, $caught) {
    $reason = $ps.InvocationStateInfo.Reason
    if ($null -eq $reason -and $null -ne $caught) { $reason = $caught.Exception }
    $record = $reason.ErrorRecord
    $exception = $reason
    if ($null -ne $record -and $null -ne $record.Exception) { $exception = $record.Exception }
    $info = $null
    if ($null -ne $record) { $info = $record.InvocationInfo }
    $answer = @{ type = 'error'; message = [string]$exception.Message; exceptionType = [string]$exception.GetType().FullName
        line = 0; column = 0; file = '' }
    if ($null -ne $info) {
        $answer.line = [int]$info.ScriptLineNumber
        $answer.column = [int]$info.OffsetInLine
        $answer.file = [string]$info.ScriptName
    }
    return $answer
}

function Invoke-ConnectorScript($request) {
    $script = $state.scripts[[string]$request.kind]
    if ($null -eq $script) { throw "openecma host: the connector has no $($request.kind) script" }
    $ps = $state.ps
    $ps.Commands.Clear()
    $ps.Streams.ClearStreams()
    foreach ($p in $request.variables.PSObject.Properties) {
        $ps.Runspace.SessionStateProxy.SetVariable($p.Name, (Read-Parameter $p.Value))
    }
    [void]$ps.AddScript([string]$script.body)
    foreach ($p in $request.named.PSObject.Properties) {
        [void]$ps.AddParameter($p.Name, (Read-Parameter $p.Value))
    }
    $caught = $null
    $output = $null
    try {
        $output = $ps.Invoke()
    } catch {
        $caught = $_
    }
    Send-Streams $ps
    if ($null -ne $caught -or [string]$ps.InvocationStateInfo.State -eq 'Failed') {
        return Get-Failure $ps $caught
    }
    $items = New-Object 'System.Collections.Generic.List[object]'
    foreach ($o in $output) { $items.Add((Write-Item $o)) }
    return @{ type = 'result'; output = $items }
}

while ($true) {
    $line = $requests.ReadLine()
    if ($null -eq $line) { break }
    try {
        $request = ConvertFrom-Json -InputObject $line
        if ([string]$request.op -eq 'exit') { break }
        if ([string]$request.op -eq 'init') {
            $answer = Initialize-Host $request
        } elseif ([string]$request.op -eq 'run') {
            $answer = Invoke-ConnectorScript $request
        } else {
            throw "openecma host: unknown request '$($request.op)'"
        }
    } catch {
        # A failure of the host itself (a parameter it could not build, a result it could not read).
        $answer = @{ type = 'error'; message = "openecma host: $($_.Exception.Message)"
            exceptionType = [string]$_.Exception.GetType().FullName
            line = 0; column = 0; file = '' }
    }
    Send-Message $answer
}
