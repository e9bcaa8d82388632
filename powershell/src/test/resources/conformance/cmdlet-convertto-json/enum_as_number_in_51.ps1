# ps51: same number in 7 unless -EnumsAsStrings is used
[pscustomobject]@{ d = [DayOfWeek]::Friday } | ConvertTo-Json -Compress
