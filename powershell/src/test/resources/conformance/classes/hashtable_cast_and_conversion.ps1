class C { [int] $A; [string] $B }
$c = [C]@{ A = '5'; B = 'x' }
$c.A.GetType().Name
$c.A + 1
$c.A = '12'
$c.A.GetType().Name
($c -as [C]).B
$null -eq ('text' -as [C])
