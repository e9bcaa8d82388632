$s = New-Object 'System.Collections.Generic.HashSet[string]'
$s.Add('a')
$s.Add('a')
$s.Count
