# Non-terminating errors and informational records go to PowerShell.Streams, not to the output.
# Write-Error at an added script's top level: its command (a ScriptInfo) has no name, so the id has no suffix (Write.cs).
$ps = [powershell]::Create()
$out = $ps.AddScript('Write-Error "first"; Write-Warning "careful"; Write-Verbose "detail" -Verbose; "done"').Invoke()
$out.Count
$out[0]
$ps.HadErrors
$ps.Streams.Error.Count
$ps.Streams.Error[0].FullyQualifiedErrorId
$ps.Streams.Warning[0].Message
$ps.Streams.Verbose[0].Message
$ps.Streams.Error.Clear()
$ps.Streams.Error.Count
