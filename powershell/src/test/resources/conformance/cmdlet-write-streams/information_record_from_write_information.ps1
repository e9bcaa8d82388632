# *>&1 carries Write-Information's record even under the default SilentlyContinue preference
$r = Write-Information 'Hello' -Tags 'One', 'Two' *>&1
$r.GetType().FullName
"$r"
$r.Tags -join ','
[bool]$r.Source
$r.ProcessId -eq $PID
$h = Write-Host 'shown' 6>&1
$h.Tags -join ','
$h.MessageData
