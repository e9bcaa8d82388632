$ps = [powershell]::Create()
$ps.AddCommand('Get-Command').AddParameter('Name', 'Write-Output').Invoke() | ForEach-Object { $_.Name }
$ps.Commands.Clear()
$ps.AddCommand('Write-Output').AddParameters(@{ InputObject = 'from dictionary' }).Invoke()
$ps.Commands.Clear()
$ps.AddScript('param($a, $b) "$a-$b"').AddParameters(@('x', 'y')).Invoke()
$ps.Commands.Clear()
$ps.AddScript('1..3').AddCommand('Measure-Object').AddParameter('Sum').Invoke()[0].Sum
$ps.Commands.Clear()
$ps.AddScript('"a"').AddStatement().AddScript('"b"').Invoke()
# PSCommand builds the same lists (Commands.AddScript / AddStatement).
$ps.Commands.Clear()
$null = $ps.Commands.AddScript('"c"').AddStatement().AddCommand('Write-Output').AddArgument('d')
$ps.Invoke()
