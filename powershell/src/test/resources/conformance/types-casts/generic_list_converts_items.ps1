$l = [System.Collections.Generic.List[int]]::new()
$l.Add('5')
$l.Add(2.7)
$l[0] + $l[1]
$l[0].GetType().Name
