$al = [System.Collections.ArrayList]@(1, 2)
$al.Add(3) | Out-Null
$al.Count
$al.GetType().Name
