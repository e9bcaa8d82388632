# Measure-Object.Tests.ps1 ("Should be able to use wildcards for the Property argument").
$data = [pscustomobject]@{ A1 = 1; A2 = 2; C3 = 3 }, [pscustomobject]@{ A1 = 1; A2 = 2; A3 = 3 }
$actual = $data | Measure-Object -Property A* -Sum
$actual.Count
$actual | ForEach-Object { '{0} {1} {2}' -f $_.Property, $_.Sum, $_.Count }
