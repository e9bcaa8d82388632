$s = 'a'
$s += 'b'
$s
$arr = @(1)
$arr += 2
$arr += 3
$arr.Count
$arr[2]
