# Group-Object.Tests.ps1 ("Test for CaseSensitive switch").
$results = 'aA', 'aA', 'AA', 'AA' | Group-Object -CaseSensitive
$results.Count
$results.Name -join ','
$results.Group -join ','
$results[0].GetType().FullName
@('aA', 'AA' | Group-Object).Count
