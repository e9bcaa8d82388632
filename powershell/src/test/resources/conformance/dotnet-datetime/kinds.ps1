[datetime]::UtcNow.Kind.ToString()
[datetime]::Now.Kind.ToString()
(Get-Date).Kind.ToString()
[datetime]::Parse('2021-03-04T05:06:07Z').Kind.ToString()
