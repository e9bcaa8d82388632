$d = [datetime]'2021-03-04 05:06:07'
$d.Year
$d.Month
$d.Day
$d.Hour
$d.DayOfWeek.ToString()
$d.DayOfYear
$d.Date.ToString('yyyy-MM-dd HH:mm:ss')
$d.Kind.ToString()
