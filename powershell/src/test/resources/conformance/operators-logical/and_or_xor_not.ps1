$true -and $false
$true -or $false
$true -xor $true
-not $true
!$false
!0
