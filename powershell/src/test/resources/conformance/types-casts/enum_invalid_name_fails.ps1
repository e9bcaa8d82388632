[DayOfWeek]'Funday'
