[string](1, 2, 3)
[string]@('a')
$OFS = ','
[string](1, 2, 3)
