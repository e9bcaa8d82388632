$al = New-Object System.Collections.ArrayList
$al.Add('a')
$al.Add('b')
[void]$al.Add('c')
$null = $al.Add('d')
$al.Count
