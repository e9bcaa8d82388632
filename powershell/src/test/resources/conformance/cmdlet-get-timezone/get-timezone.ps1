# Get-TimeZone: the local zone as [TimeZoneInfo]; -ListAvailable every zone; -Id / -Name (wildcards
# on StandardName or DaylightName) look zones up; every name or Id that finds nothing, a wildcard
# too, is TimeZoneNotFound (TimeZoneCommands.cs).
$local = Get-TimeZone
$local -is [TimeZoneInfo]
$local.Id -eq [TimeZoneInfo]::Local.Id
$all = Get-TimeZone -ListAvailable
$all.Count -gt 0
$all[0] -is [System.TimeZoneInfo]
$one = $all[0]
(Get-TimeZone -Id $one.Id).StandardName -eq $one.StandardName
$null = Get-TimeZone -Id 'No Such Zone', $one.Id -ErrorVariable ev -ErrorAction SilentlyContinue
$ev.Count
$ev[0].FullyQualifiedErrorId
$ev[0].Exception.Message
$null = Get-TimeZone -Name 'No such zone name*', 'No such zone name' -ErrorVariable ev2 -ErrorAction SilentlyContinue
$ev2.Count
$ev2[0].Exception.Message
$named = Get-TimeZone -Name $one.StandardName
@($named | Where-Object { $_.StandardName -ne $one.StandardName -and $_.DaylightName -ne $one.StandardName }).Count
([TimeZoneInfo]::Utc).BaseUtcOffset.TotalMinutes
try { [TimeZoneInfo]::FindSystemTimeZoneById('Nowhere') } catch { $_.Exception.InnerException.Message }
