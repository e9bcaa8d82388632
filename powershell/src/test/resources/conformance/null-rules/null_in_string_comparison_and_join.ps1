$null -eq ('' + $null).Trim()
('' + $null).Length
