[datetime]'2021-01-01' -lt [datetime]'2021-06-01'
[datetime]'2021-01-01' -eq [datetime]'2021-01-01T00:00:00'
