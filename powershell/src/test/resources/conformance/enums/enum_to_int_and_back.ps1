[int][DayOfWeek]::Saturday
[DayOfWeek]6 -eq 'Saturday'
([DayOfWeek]'Tuesday').value__ + 1
