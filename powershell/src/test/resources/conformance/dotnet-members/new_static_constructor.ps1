$l = [System.Collections.Generic.List[string]]::new()
$l.Add('a')
$l.Count
[version]::new(2, 5).Minor
