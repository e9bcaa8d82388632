(1..5).Where({ $_ -gt 3 }) -join ','
(1..3).ForEach({ $_ * 2 }) -join ','
