$l = [System.Collections.Generic.List[object]]@(1, 'two')
$l.Count
$l.GetType().Name
$l.Add(3)
$l[2]
