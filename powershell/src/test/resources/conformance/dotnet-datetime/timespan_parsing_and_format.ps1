$t = [timespan]'01:30:00'
$t.TotalMinutes
[timespan]::FromMinutes(90).ToString()
$u = [timespan]'1.02:03:04'
$u.Days
$u.Hours
$u.ToString()
([timespan]::FromSeconds(3661)).ToString()
