$d = [datetime]'2021-03-04 05:06:07'
$d.AddDays(1).ToString('yyyy-MM-dd')
$d.AddMonths(1).ToString('yyyy-MM-dd')
$d.AddHours(-6).ToString('yyyy-MM-dd HH')
$d.AddMinutes(90).ToString('HH:mm')
$d.AddSeconds(-7).ToString('HH:mm:ss')
