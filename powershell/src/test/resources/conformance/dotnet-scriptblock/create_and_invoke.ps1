$sb = [scriptblock]::Create('param($a) $a * 2')
$sb.GetType().FullName
$sb.Invoke(21)
$sb.InvokeReturnAsIs(4)
& $sb 5
$x = 1
$c = { $x }.GetNewClosure()
$x = 2
& $c
try { [scriptblock]::Create('if (') } catch { $_.Exception.GetType().FullName }
