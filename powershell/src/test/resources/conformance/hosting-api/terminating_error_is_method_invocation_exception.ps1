# A terminating error ends Invoke(); the script method call wraps it in MethodInvocationException.
$ps = [powershell]::Create()
try { $ps.AddScript('throw "stop here"').Invoke() } catch {
    $_.Exception.GetType().FullName
    $_.Exception.Message
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId
}
$ps.HadErrors
"$($ps.InvocationStateInfo.State)"
