# New-TimeSpan.Tests.ps1 ("Core Functionality Tests"), without -Milliseconds (PowerShell 6+ only).
$t = New-TimeSpan -Days 2 -Hours 23 -Minutes 4 -Seconds 3
$t.Days
$t.Hours
$t.Minutes
$t.Seconds
$t.Ticks
$t.GetType().FullName
(New-TimeSpan).GetType().FullName
(New-TimeSpan -Minutes 90).ToString()
