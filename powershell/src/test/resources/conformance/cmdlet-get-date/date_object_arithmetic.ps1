$d = Get-Date -Date '2021-03-04'
$d.AddDays(-1).ToString('yyyy-MM-dd')
(Get-Date -Date '2021-03-04 10:00') -gt $d
