Write-Output -- -notaparam
