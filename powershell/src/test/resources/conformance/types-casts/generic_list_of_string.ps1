$l = New-Object 'System.Collections.Generic.List[string]'
$l.Add('a')
$l.Add('b')
$l.Count
$l[1]
$l.Contains('A')
$l.Contains('a')
$l -join ','
