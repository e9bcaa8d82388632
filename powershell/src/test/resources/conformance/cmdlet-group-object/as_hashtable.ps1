# Group-Object.Tests.ps1 ("retrieve objects by key when using -AsHashTable", "User's scenario should work").
$result = [pscustomobject]@{ a = 'one'; b = 2 }, [pscustomobject]@{ a = 'two'; b = 10 } | Group-Object -AsHashTable -Property a
$result.one.b
$result['two'].b
$result.GetType().FullName
$result = 1..9 | ForEach-Object { [pscustomobject]@{ ErrorMessage = if ($_ % 2) { 'SomeError' } else { '' } } } |
    Group-Object -Property { if ($_.ErrorMessage) { 'Failed' } else { 'Successful' } } -AsHashTable
$result['Failed'].ErrorMessage.Count
$result['Failed'].ErrorMessage[0]
$result['Successful'].ErrorMessage.Count
