$a = 1, 'two', @(3, 4), [pscustomobject]@{ five = 5 }
$a[1].Length
$a[2][1]
$a[3].five
$a.Count
