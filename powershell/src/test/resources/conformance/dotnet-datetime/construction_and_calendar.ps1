[datetime]::new(2020, 2, 28).AddDays(1).Day
[datetime]::new(2021, 2, 28).AddDays(1).Month
[datetime]::DaysInMonth(2024, 2)
[datetime]::IsLeapYear(2100)
(New-Object DateTime 2020, 1, 2).ToString('yyyyMMdd')
[datetime]::MinValue.Year
