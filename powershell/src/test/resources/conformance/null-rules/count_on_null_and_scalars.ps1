$n = $null
$n.Count
(5).Count
'abc'.Count
@(1, 2).Count
