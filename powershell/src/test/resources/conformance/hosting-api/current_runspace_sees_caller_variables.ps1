$value = 20
$ps = [powershell]::Create('CurrentRunspace')
$ps.AddScript('$value * 2').Invoke()
$ps2 = [powershell]::Create([System.Management.Automation.RunspaceMode]::CurrentRunspace)
$ps2.AddCommand('Write-Output').AddArgument('a').Invoke().Count
