# Start-Job, Wait-Job, Receive-Job, Get-Job, Stop-Job and Remove-Job as Job.Tests.ps1 checks them:
# a job is a System.Management.Automation.Job; -ArgumentList is $args; Wait-Job returns the job once
# finished and nothing when -Timeout passes first; Remove-Job refuses a running job without -Force
# (RemotingErrorIdStrings.resx JobWithSpecifiedSessionIdNotCompleted); Get-Job of an unknown name is
# JobWithSpecifiedNameNotFound. 5.1 numbers jobs 1, 3, 5: each job's child job takes the next id.
$j = Start-Job -ScriptBlock { 1 + 1 } -Name 'My Job'
$j -is [System.Management.Automation.Job]
$j.Name
$j.Id
(Wait-Job $j -Timeout 60) -eq $j
$j.State.ToString()
Receive-Job $j
$k = Start-Job { Write-Output $args[1]; Write-Output $args[0] } -ArgumentList 'a', 42
(Receive-Job $k -Wait) -join ','
$k.Id
$slow = Start-Job { Start-Sleep -Seconds 30 }
$null -eq (Wait-Job $slow -Timeout 1)
Remove-Job $slow -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
Stop-Job $slow
$slow.State.ToString()
Get-Job | Remove-Job -Force
@(Get-Job).Count
try { Get-Job -Name 'NoSuchJob' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
