# Session history (History.cs): pipelines run with PSInvocationSettings.AddToHistory, Get-History,
# Invoke-History (by id, by command-line prefix, loop detection), Add-History and Clear-History.
$settings = New-Object System.Management.Automation.PSInvocationSettings
$settings.AddToHistory = $true
$ps = [PowerShell]::Create()
$null = $ps.AddScript('2+3').Invoke($null, $settings)
$ps.Commands.Clear()
$null = $ps.AddCommand('Get-Date').Invoke($null, $settings)
$ps.Commands.Clear()
$h = $ps.AddCommand('Get-History').Invoke()
$ps.Commands.Clear()
$h.Count
$h[0].Id
$h[0].CommandLine
$h[0].ExecutionStatus.ToString()
$h[1].GetType().FullName
$ps.AddScript('Invoke-History 1').Invoke($null, $settings)
$ps.Commands.Clear()
$ps.AddScript('Invoke-History 2+').Invoke()
$ps.Commands.Clear()
# the Invoke-History pipeline is recorded as the command it ran
($ps.AddCommand('Get-History').Invoke())[2].CommandLine
$ps.Commands.Clear()
$null = $ps.AddScript('Clear-History -Id 2').Invoke()
$ps.Commands.Clear()
($ps.AddCommand('Get-History').Invoke()).Id -join ','
$ps.Commands.Clear()
$null = $ps.AddScript("[pscustomobject]@{ CommandLine = 'Invoke-History 4'; ExecutionStatus = 'Completed'; StartExecutionTime = '1/2/2020 3:04:05'; EndExecutionTime = '1/2/2020 3:04:06' } | Add-History").Invoke()
$ps.Commands.Clear()
$null = $ps.AddCommand('Invoke-History').Invoke()
$ps.Streams.Error[0].FullyQualifiedErrorId
$ps.Commands.Clear()
$null = $ps.AddScript("'x' | Add-History").Invoke()
$ps.Streams.Error[1].FullyQualifiedErrorId
try { Invoke-History 99 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
