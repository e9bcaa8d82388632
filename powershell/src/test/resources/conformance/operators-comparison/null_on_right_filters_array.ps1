$a = 1, $null, 3, $null
($a -eq $null).Count
($a -ne $null).Count
