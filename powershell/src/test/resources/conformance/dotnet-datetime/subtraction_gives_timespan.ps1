$a = [datetime]'2021-03-04'
$b = [datetime]'2021-03-10 12:00'
$span = $b - $a
$span.GetType().Name
$span.Days
$span.TotalDays
$span.TotalHours
