[datetime]::ParseExact('04/03/2021', 'dd/MM/yyyy', $null).Month
[datetime]::ParseExact('20210304', 'yyyyMMdd', $null).ToString('yyyy-MM-dd')
