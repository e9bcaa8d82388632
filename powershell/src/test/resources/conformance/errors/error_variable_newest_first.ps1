$Error.Clear()
Write-Error 'first'
Write-Error 'second'
$Error[0].Exception.Message
$Error[1].Exception.Message
