$true + 1
$false + $true
