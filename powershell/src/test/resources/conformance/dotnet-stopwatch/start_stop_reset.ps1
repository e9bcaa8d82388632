$s = [Diagnostics.Stopwatch]::StartNew()
$s.IsRunning
$s.Stop()
$s.IsRunning
$stopped = $s.ElapsedTicks
$s.ElapsedTicks -eq $stopped
$s.Elapsed -is [timespan]
$s.ElapsedMilliseconds -is [long]
$s.Reset()
$s.ElapsedTicks
$s.IsRunning
$s.Restart()
$s.IsRunning
$n = New-Object System.Diagnostics.Stopwatch
$n.IsRunning
$n.Elapsed.Ticks
$n.Start()
$n.IsRunning
[Diagnostics.Stopwatch]::Frequency -gt 0
[Diagnostics.Stopwatch]::IsHighResolution
