# Get-Random.Tests.ps1 ("Tests for setting the seed", "-InputObject ... -Count").
$first = (Get-Random -SetSeed 123), (Get-Random)
$second = (Get-Random -SetSeed 123), (Get-Random)
"$first" -eq "$second"
(Get-Random -Maximum 100 -SetSeed 23) -eq (Get-Random -Maximum 100 -SetSeed 23)
$picked = Get-Random -InputObject 1, 2, 3, 5, 8, 13 -Count 3
$picked.Count
@($picked | Where-Object { $_ -notin 1, 2, 3, 5, 8, 13 }).Count
(Get-Random -InputObject 1, 2, 3, 5, 8, 13 -Count ([int]::MaxValue) | Sort-Object) -join ','
(Get-Random -InputObject 1, 2, 3) -in 1, 2, 3
