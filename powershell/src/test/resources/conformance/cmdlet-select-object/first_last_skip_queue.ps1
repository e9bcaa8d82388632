# SelectObjectQueue (Select-Object.cs): -First and -Last together, -Skip with -Last (skips from the end), -SkipLast
(1..6 | Select-Object -First 2 -Last 1) -join ','
(1..6 | Select-Object -First 2 -Last 3) -join ','
(1..6 | Select-Object -Skip 1 -Last 2) -join ','
(1..6 | Select-Object -SkipLast 2) -join ','
(1..6 | Select-Object -Skip 1 -SkipLast 2) -join ','
(1..2 | Select-Object -Skip 1 -SkipLast 2).Count
(1..6 | Select-Object -Index 4, 1, 1) -join ','
(1..3 | Select-Object -First 2 -Wait) -join ','
