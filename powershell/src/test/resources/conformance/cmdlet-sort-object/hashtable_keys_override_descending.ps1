# Sort-Object.Tests.ps1 ("Order Entry Keys" cases): Ascending wins over Descending in a key; a key's direction overrides -Descending.
$e1 = [pscustomobject]@{ FirstName = 'john'; LastName = 'smith'; YearsInMS = 5 }
$e2 = [pscustomobject]@{ FirstName = 'joesph'; LastName = 'smith'; YearsInMS = 15 }
$e3 = [pscustomobject]@{ FirstName = 'john'; LastName = 'smyth'; YearsInMS = 2 }
$employees = $e1, $e2, $e3
($employees | Sort-Object -Property @{ e = 'YearsInMS'; descending = $false; ascending = $true } -Descending | ForEach-Object YearsInMS) -join ','
($employees | Sort-Object -Property @{ e = 'YearsInMS'; descending = $false; ascending = $false } -Descending | ForEach-Object YearsInMS) -join ','
($employees | Sort-Object -Property @{ e = 'YearsInMS'; descending = $false } -Descending | ForEach-Object YearsInMS) -join ','
($employees | Sort-Object -Property @{ expression = 'LastName'; ascending = $false }, @{ expression = 'FirstName'; ascending = $true } -Descending | ForEach-Object YearsInMS) -join ','
($employees | Sort-Object -Property @{ e = 'FirstName'; asc = $true }, @{ e = 'LastName' } -Descending | ForEach-Object YearsInMS) -join ','
