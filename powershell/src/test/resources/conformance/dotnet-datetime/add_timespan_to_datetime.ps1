$d = [datetime]'2021-03-04 05:06:07'
($d + [timespan]'1.00:00:00').Day
$d.Add([timespan]::FromHours(19)).ToString('yyyy-MM-dd HH:mm')
($d - [timespan]'00:06:07').ToString('HH:mm:ss')
