Write-Output hello
Write-Output 42
(Write-Output 42).GetType().Name
Write-Output 1.5
