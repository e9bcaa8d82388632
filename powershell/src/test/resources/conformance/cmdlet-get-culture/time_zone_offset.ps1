# [TimeZone]::CurrentTimeZone.GetUtcOffset: zero for a UTC value, the zone's offset for a local one
[TimeZone]::CurrentTimeZone.GetUtcOffset([datetime]::UtcNow).TotalMinutes
$local = Get-Date -Year 2030 -Month 4 -Day 5
[TimeZone]::CurrentTimeZone.GetUtcOffset($local) -eq ($local - $local.ToUniversalTime())
