[DayOfWeek]'MONDAY' -eq [DayOfWeek]::Monday
[System.DayOfWeek]::friday.ToString()
