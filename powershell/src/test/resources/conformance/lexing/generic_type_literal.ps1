$l = [System.Collections.Generic.List[int]]::new()
$l.Add(3)
$l.GetType().Name
$l.Count
