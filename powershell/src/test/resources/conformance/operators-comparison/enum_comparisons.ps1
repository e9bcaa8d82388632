[DayOfWeek]::Monday -eq 'monday'
[DayOfWeek]::Monday -eq 1
[DayOfWeek]::Friday -gt [DayOfWeek]::Monday
'Monday' -eq [DayOfWeek]::Monday
