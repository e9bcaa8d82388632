# [ActionPreference] has 5.1's values (SilentlyContinue 0 ... Suspend 5) and
# [Cmdlet]::CommonParameters lists 5.1's eleven common parameters.
[int][System.Management.Automation.ActionPreference]::SilentlyContinue
[int][System.Management.Automation.ActionPreference]::Ignore
[int][System.Management.Automation.ActionPreference]'Suspend'
[System.Management.Automation.ActionPreference]2
[System.Management.Automation.Cmdlet]::CommonParameters.Count
[System.Management.Automation.Cmdlet]::CommonParameters | Where-Object { $_ -like '*Action' }
[System.Management.Automation.Cmdlet]::OptionalCommonParameters -join ','
$ErrorActionPreference = [System.Management.Automation.ActionPreference]::SilentlyContinue
Write-Error 'hidden'
'went on'
