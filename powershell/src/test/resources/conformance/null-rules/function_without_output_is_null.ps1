function nothing { }
$r = nothing
$null -eq $r
$r.Count
@(nothing).Count
