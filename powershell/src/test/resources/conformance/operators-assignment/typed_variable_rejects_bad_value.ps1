[int]$n = 1
$n = 'abc'
