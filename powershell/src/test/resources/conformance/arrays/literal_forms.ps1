$a = 1, 2, 3
$b = @(1, 2, 3)
$c = @(
  'x'
  'y'
)
$a.Count
$b.Length
$c[1]
(@()).Count
