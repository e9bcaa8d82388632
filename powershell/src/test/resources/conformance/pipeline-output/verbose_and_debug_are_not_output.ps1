Write-Verbose 'v'
Write-Debug 'd'
Write-Warning 'w'
'out'
