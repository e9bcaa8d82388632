Write-Output 'a'
Write-Output -InputObject 'b'
$x = Write-Output 'c'
$x
