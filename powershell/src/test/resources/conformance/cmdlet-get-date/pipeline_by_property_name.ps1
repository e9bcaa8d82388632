# Get-Date's -Date takes pipeline input by value and by property name, alias LastWriteTime (GetDateCommand.cs)
$d = Get-Date -Year 2020 -Month 5 -Day 17
([pscustomobject]@{ Date = $d } | Get-Date).Day
([pscustomobject]@{ LastWriteTime = $d } | Get-Date).Month
(Get-Date -Year 2020 -Month 5 -Day 18 -Hour 0 -Minute 0 -Second 0 -Millisecond 0).Subtract((Get-Date -Year 2020 -Month 5 -Day 17 -Hour 12 -Minute 0 -Second 0 -Millisecond 0)).TotalHours
