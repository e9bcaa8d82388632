[Enum]::GetNames([DayOfWeek]).Count
[Enum]::GetNames([DayOfWeek])[0]
[enum]::Parse([DayOfWeek], 'sunday', $true).ToString()
[Enum]::IsDefined([DayOfWeek], 'Friday')
