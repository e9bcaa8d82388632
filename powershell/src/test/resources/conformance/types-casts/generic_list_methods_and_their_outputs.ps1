$l = New-Object 'System.Collections.Generic.List[string]'
$l.AddRange([string[]]('b', 'c'))
$l.Insert(0, 'a')
$l.Remove('b')
$l.Remove('zz')
$l.IndexOf('c')
$l.RemoveAt(0)
$l -join ','
$l.ToArray().GetType().Name
