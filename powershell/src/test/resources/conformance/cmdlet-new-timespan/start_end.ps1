# New-TimeSpan -Start/-End: the time from Start to End (negative when End is earlier).
$start = [datetime]'2020-01-01T00:00:00'
$end = [datetime]'2020-01-02T06:00:00'
(New-TimeSpan -Start $start -End $end).TotalHours
(New-TimeSpan $end $start).TotalHours
