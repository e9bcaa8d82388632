# Sort-Object.Tests.ps1 ("object array", "Non Existing And Null Property"): $null sorts as 0 among numbers; objects without the property go last.
$e1 = [pscustomobject]@{ FirstName = 'Eight'; YearsInMS = 8 }
$e2 = [pscustomobject]@{ FirstName = 'Null'; YearsInMS = $null }
$e3 = [pscustomobject]@{ FirstName = 'Minus'; YearsInMS = -2 }
$e4 = [pscustomobject]@{ FirstName = 'One'; YearsInMS = 1 }
($e1, $e2, $e3, $e4 | Sort-Object -Property YearsInMS | ForEach-Object FirstName) -join ','
$n = [pscustomobject]@{ TypeName = $null }
$a = [pscustomobject]@{ TypeName = 'atype' }
$d = [pscustomobject]@{ TypeName = 'Deetype' }
($n, $d, 'b', $a | Sort-Object -Property TypeName | ForEach-Object { if ($_ -is [string]) { $_ } else { "[$($_.TypeName)]" } }) -join ','
($n, $d, 'b', $a | Sort-Object -Property TypeName -Descending | ForEach-Object { if ($_ -is [string]) { $_ } else { "[$($_.TypeName)]" } }) -join ','
