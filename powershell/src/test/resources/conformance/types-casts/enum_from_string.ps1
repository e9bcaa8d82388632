[int][System.DayOfWeek]'friday'
([DayOfWeek]'Friday').ToString()
[DayOfWeek]::Sunday.value__
([DayOfWeek]5).ToString()
