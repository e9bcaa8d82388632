$Error.Clear()
[int]::Parse('x')
$Error.Count
$Error[0].Exception.GetType().FullName
