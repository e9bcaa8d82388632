$rs = [runspacefactory]::CreateRunspace()
$rs.Open()
$rs.SessionStateProxy.SetVariable('seed', 5)
$ps = [powershell]::Create()
$ps.Runspace = $rs
$null = $ps.AddScript('Write-Debug "dbg" -Debug; $seed * 3; $made = 1')
$handle = $ps.BeginInvoke()
$ps.EndInvoke($handle)
$ps.Streams.Debug[0].Message
"$($ps.InvocationStateInfo.State)"
$rs.SessionStateProxy.GetVariable('made')
$rs.Close()
