$l = New-Object System.Collections.Generic.List[string]
$l.Add('x'); $l.Add('y')
$l | ForEach-Object { "<$_>" }
