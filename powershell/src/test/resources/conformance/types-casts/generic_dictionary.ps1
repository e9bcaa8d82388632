$d = New-Object 'System.Collections.Generic.Dictionary[string,int]'
$d['a'] = 1
$d.Add('b', 2)
$d.Count
$d['b']
$d.ContainsKey('A')
$d.a
