# ArrayList.Remove(object) is void; List[T].Remove(T) returns whether it removed (.NET signatures).
$a = New-Object System.Collections.ArrayList
[void]$a.Add('x')
[void]$a.Add('y')
$out = @($a.Remove('x'))
$out.Count
$a.Count
$a.Remove('nothing')
$l = New-Object 'System.Collections.Generic.List[string]'
$l.Add('x')
$l.Remove('x')
$l.Remove('x')
