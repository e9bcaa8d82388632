# Measure-Command runs the block in the caller's scope, once per input object with $_, and writes one TimeSpan
$sum = 0
$t = 1..4 | Measure-Command { $sum += $_; 'discarded' }
$t.GetType().FullName
$sum
$once = 0
$null = Measure-Command { $once++ }
$once
(Measure-Command { Start-Sleep -ms 20 }).TotalMilliseconds -ge 15
