$big = [int]::MaxValue + 1
$big
$big.GetType().Name
(512MB * 512MB).GetType().Name
