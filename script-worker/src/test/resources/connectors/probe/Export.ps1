<#
    The DN of each entry says what to do: hang (loop forever), crash (throw for the whole batch),
    down-once (ServerDownException on the first call only), down (always ServerDownException),
    slow* (take 8 s), bad* (a per-entry error), warn* (a warning), recurse (recursion without end, with
    $ErrorActionPreference Stop), allocate (a string doubled without end); anything else is written to log.txt.
#>
param($ConfigParameters, $Credential, $CSEntries, $OpenExportConnectionRunStep, $Types)

$folder = [Microsoft.MetadirectoryServices.MAUtils]::MAFolder
$log = Join-Path $folder 'log.txt'
$results = New-Object -TypeName Microsoft.MetadirectoryServices.PutExportEntriesResults

foreach ($entry in $CSEntries)
{
    $id = $entry.DN
    Write-Verbose "exporting $id"
    if ($id -like 'warn*')
    {
        Write-Warning "the probe warns about $id"
    }
    if ($id -eq 'hang')
    {
        while ($true) { }
    }
    if ($id -eq 'recurse')
    {
        & { $ErrorActionPreference = 'Stop'; function f { f }; f }
    }
    if ($id -eq 'allocate')
    {
        $s = 'x'; while ($true) { $s += $s }
    }
    if ($id -eq 'crash')
    {
        throw 'the probe target refused the whole batch'
    }
    if ($id -eq 'down')
    {
        throw (New-Object -TypeName Microsoft.MetadirectoryServices.ServerDownException -ArgumentList 'the probe target is down')
    }
    if ($id -eq 'down-once')
    {
        $marker = Join-Path $folder 'was-down.txt'
        if (-not (Test-Path -Path $marker))
        {
            Set-Content -Path $marker -Value 'down'
            throw (New-Object -TypeName Microsoft.MetadirectoryServices.ServerDownException -ArgumentList 'the probe target is down for a moment')
        }
    }
    if ($id -like 'slow*')
    {
        Start-Sleep -Seconds 8
    }
    if ($id -like 'bad*')
    {
        $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'ExportErrorCustomContinueRun', 'ProbeError', "the probe refuses $id"))
        continue
    }
    Add-Content -Path $log -Value "$($entry.ObjectModificationType) $id"
    $results.CSEntryChangeResults.Add([Microsoft.MetadirectoryServices.CSEntryChangeResult]::Create($entry.Identifier, $null, 'Success'))
}

Write-Output $results
