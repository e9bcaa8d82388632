# -Confirm sets $ConfirmPreference to Low in the command; ShouldProcess asks the host when the preference is
# not None and at or below ConfirmImpact (MshCommandRuntime.CanShouldProcessAutoConfirm). The engine's host
# cannot prompt, so asking fails with 5.1's HostFunctionPromptNotImplemented text.
function Get-Thing {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
    param()
    $ConfirmPreference
    if ($PSCmdlet.ShouldProcess('thing', 'read')) { 'read' }
}
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
    param()
    if ($PSCmdlet.ShouldProcess('thing', 'remove')) { 'removed' }
}
Get-Thing
Get-Thing -Confirm:$false
try { Get-Thing -Confirm } catch { $_.Exception.Message -match 'The host was attempting to request confirmation with the following message: Are you sure' }
try { Remove-Thing } catch { $_.Exception.Message -match 'Performing the operation "remove" on target "thing"' }
Remove-Thing -Confirm:$false
$ConfirmPreference = 'None'
Remove-Thing
