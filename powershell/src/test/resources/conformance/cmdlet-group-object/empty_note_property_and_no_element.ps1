# Group-Object.Tests.ps1 ("Should understand empty NoteProperty", "NoElement").
$result = 'dummy' | Select-Object -Property @{ Name = 'X'; Expression = {} } | Group-Object X
$result.Count
"[$($result[0].Name)]"
"$($result[0].Group)"
$null -eq (1, 2, 2 | Group-Object -NoElement)[1].Group
(1, 2, 2 | Group-Object -NoElement)[1].Count
