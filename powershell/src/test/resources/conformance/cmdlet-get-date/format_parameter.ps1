Get-Date -Date '2021-03-04 05:06:07' -Format 'yyyy-MM-dd HH:mm:ss'
Get-Date -Date '2021-03-04' -Format 'dddd'
Get-Date -Year 2020 -Month 5 -Day 17 -Format 'yyyyMMdd'
