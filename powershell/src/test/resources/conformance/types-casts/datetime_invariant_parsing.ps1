$d = [datetime]'03/04/2021'
$d.Month
$d.Day
$e = [datetime]'2021-03-04T05:06:07'
$e.ToString('yyyy-MM-dd HH:mm:ss')
([datetime]'2021-12-31 23:59').Minute
