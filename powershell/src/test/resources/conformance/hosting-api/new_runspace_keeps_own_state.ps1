# [powershell]::Create() runs in a new runspace: the caller's variables are not there, and the
# nested runspace's globals persist across Invoke calls (PowerShell.cs, RunspaceMode.NewRunspace).
$outer = 'caller'
$ps = [powershell]::Create()
$null = $ps.AddScript('$inner = 41; $inner + 1')
$ps.Invoke()
$ps.Commands.Clear()
$null = $ps.AddScript('$inner; $null -eq $outer')
$ps.Invoke()
$null -eq $inner
$ps.Dispose()
