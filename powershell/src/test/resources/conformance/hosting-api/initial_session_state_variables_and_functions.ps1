# InitialSessionState.Variables / .Commands (SessionStateVariableEntry, SessionStateFunctionEntry):
# a runspace made from the state starts with those variables (the same object, not a copy) and
# functions (Scripting.Classes.Exceptions.Tests' set-up).
$shared = @{}
$iss = [initialsessionstate]::CreateDefault()
$iss.Variables.Add([System.Management.Automation.Runspaces.SessionStateVariableEntry]::new('shared', $shared, $null))
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Shared', '$shared'))
$iss.Variables.Count
$ps = [powershell]::Create($iss)
$null = $ps.AddScript('$h = Get-Shared; $h["seen"] = 42').Invoke()
$shared['seen']
