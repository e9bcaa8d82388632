# Sort-Object.Tests.ps1 ("Non Case-Sensitive Unique", "Case-Sensitive Unique", "-Descending and Two Order Entry Keys").
# Which of two equal keys survives -Unique follows .NET's (unstable) List.Sort.
$e1 = [pscustomobject]@{ FirstName = 'john'; LastName = 'smith'; YearsInMS = 5 }
$e2 = [pscustomobject]@{ FirstName = 'joesph'; LastName = 'smith'; YearsInMS = 15 }
$e3 = [pscustomobject]@{ FirstName = 'john'; LastName = 'smyth'; YearsInMS = 12 }
$employees = $e1, $e2, $e3
($employees | Sort-Object -Property LastName -Descending -Unique | ForEach-Object YearsInMS) -join ','
($employees | Sort-Object -Property LastName, FirstName -Descending -Unique -CaseSensitive | ForEach-Object YearsInMS) -join ','
($employees | Sort-Object -Property LastName, FirstName -Descending | ForEach-Object YearsInMS) -join ','
($employees | Sort-Object -Property LastName, FirstName -Descending:$false | ForEach-Object YearsInMS) -join ','
(3, 1, 2 | Sort-Object -Descending) -join ','
('b', 'B', 'a' | Sort-Object -CaseSensitive) -join ','
