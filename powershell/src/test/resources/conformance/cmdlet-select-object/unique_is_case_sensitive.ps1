# 5.1 compares with ObjectCommandComparer(caseSensitive: true); -CaseInsensitive came in 7.4
('a', 'A', 'a', 'b' | Select-Object -Unique) -join ','
$rows = [pscustomobject]@{ n = 1; s = 'x' }, [pscustomobject]@{ n = 1; s = 'x' }, [pscustomobject]@{ n = 2; s = 'x' }
($rows | Select-Object -Property n -Unique | ForEach-Object { $_.n }) -join ','
