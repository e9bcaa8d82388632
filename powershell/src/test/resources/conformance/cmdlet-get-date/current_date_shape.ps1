(Get-Date).GetType().Name
(Get-Date -Format 'yyyy').Length
(Get-Date -Format 'yyyy-MM-dd HH:mm:ss') -match '^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$'
(Get-Date -Format 'yyyy') -eq (Get-Date).Year
