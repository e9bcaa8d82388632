function f([System.DayOfWeek]$Day) { $Day }
f 'Someday'
