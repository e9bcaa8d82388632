$n = 3
(1..$n).Count
(0..($n - 1)) -join ','
