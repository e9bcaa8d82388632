function f([System.DayOfWeek]$Day) { $Day.ToString() + ':' + [int]$Day }
f 'wednesday'
f 4
