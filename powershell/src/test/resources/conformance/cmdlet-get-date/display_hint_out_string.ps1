# types.ps1xml's DateTime script property: long date and long time, or one of them by Get-Date's DisplayHint
(Get-Date -Date '2020-01-01' -DisplayHint Date | Out-String).Trim()
(Get-Date -Date '2020-01-01' -DisplayHint Time | Out-String).Trim()
([datetime]'2020-01-01 13:04:05' | Out-String).Trim()
(Get-Date -Date '2020-01-01' -DisplayHint Date).AddDays(1).Day
