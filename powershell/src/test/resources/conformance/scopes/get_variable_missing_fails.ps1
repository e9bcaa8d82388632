Get-Variable -Name doesNotExistAnywhere -ErrorAction Stop
