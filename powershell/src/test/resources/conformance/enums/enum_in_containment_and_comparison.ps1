[DayOfWeek]::Monday -in 'Monday', 'Friday'
'friday' -in [DayOfWeek]::Friday, [DayOfWeek]::Monday
[DayOfWeek]::Monday -lt [DayOfWeek]::Tuesday
