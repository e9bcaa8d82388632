# ps7-additive (issue #11): PowerShell 7's && and ||; about_Pipeline_Chain_Operators.
Write-Output 'a' && Write-Output 'b'
Write-Error 'bad' -ErrorAction SilentlyContinue && Write-Output 'not run'
Write-Error 'bad' -ErrorAction SilentlyContinue || Write-Output 'recovered'
Write-Output 'ok' || Write-Output 'not run'
Write-Output 1 && Write-Output 2 && Write-Output 3
$x = Write-Output 'p' && Write-Output 'q'
$x -join ','
