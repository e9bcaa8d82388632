# PowerShell 7's background operator: 'pipeline &' starts a job (Parser.cs PipelineRule) that sees
# the caller's variables and starts in the caller's location (Job.Tests.ps1, "Ampersand background
# test"). A trailing '&' is a parse error in 5.1, so no 5.1 script changes meaning.
$name = 'Bob'
$j = Write-Output "Hi $name" &
$j -is [System.Management.Automation.Job]
Receive-Job $j -Wait
$e = 2 + 3 &
Receive-Job $e -Wait
$s = 1..10 | ForEach-Object -Begin { $t = 0 } -Process { $t += $_ } -End { $t } &
Receive-Job -Wait $s
$here = (Get-Location).Path
$l = Get-Location | ForEach-Object -MemberName Path &
(Receive-Job -Wait $l) -eq $here
& { 'the call operator is unchanged' }
