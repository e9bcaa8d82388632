# ps51: PowerShell 7 turns ISO date strings into DateTime
('{"when":"2021-03-04T05:06:07"}' | ConvertFrom-Json).when.GetType().Name
