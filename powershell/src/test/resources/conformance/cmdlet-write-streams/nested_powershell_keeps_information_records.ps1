# A nested PowerShell's Streams.Information holds every record, shown or not
$ps = [powershell]::Create()
$null = $ps.AddScript("Write-Information TestMessage -Tags Test; Write-Information Other").Invoke()
$ps.Streams.Information.Count
$ps.Streams.Information[0].MessageData
$ps.Streams.Information[0].Tags[0]
$ps.Streams.Information[1].Tags.Count
