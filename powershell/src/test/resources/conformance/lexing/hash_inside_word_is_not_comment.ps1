Write-Output a#b
