$Error.Clear()
Write-Error 'recorded'
$Error.Count
$Error[0].Exception.Message
"$($Error[0])"
