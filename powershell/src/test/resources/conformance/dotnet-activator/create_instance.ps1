$t = [type]'System.Collections.Generic.List[string]'
$o = [Activator]::CreateInstance($t)
$o.Add('x')
$o.Count
[Activator]::CreateInstance([System.Collections.ArrayList]).GetType().Name
