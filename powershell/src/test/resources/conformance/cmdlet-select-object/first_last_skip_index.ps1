1..5 | Select-Object -First 2
1..5 | Select-Object -Last 2
(1..5 | Select-Object -Skip 3) -join ','
(1..5 | Select-Object -Index 1, 3) -join ','
