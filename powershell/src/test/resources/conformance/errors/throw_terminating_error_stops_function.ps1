# $PSCmdlet.ThrowTerminatingError ends the function whatever its -ErrorAction (MshCommandRuntime:
# the pipeline stops); the caller sees the record, its id qualified by the function's name.
function Stop-Here {
    [CmdletBinding()]
    param()
    $ex = [System.ArgumentException]::new('bad input')
    $er = [System.Management.Automation.ErrorRecord]::new($ex, 'Stop:bad', 'InvalidArgument', $null)
    $PSCmdlet.ThrowTerminatingError($er)
    'not reached'
}
try { Stop-Here -ErrorAction SilentlyContinue } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.CategoryInfo.Category }
try { Stop-Here } catch [System.ArgumentException] { 'caught by type' }
function Outer { Stop-Here; 'outer goes on' }
try { Outer } catch { 'outer stopped' }
