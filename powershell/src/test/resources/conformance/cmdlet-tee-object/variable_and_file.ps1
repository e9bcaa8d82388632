# Tee-Object.Tests.ps1 ("Positive Variable Test", "Positive File Test", "Path parameter alias").
$results = '1', '2', '3' | Tee-Object -Variable teeVar
$results.Length
$teeVar.Length
$teeVar -join ','
Write-Output one | Tee-Object -Variable single | Out-Null
$single
$r = '1', '2', '3' | Tee-Object -FilePath tee.txt
$r.Length
(Get-Content tee.txt) -join ','
'4' | Tee-Object -Path tee.txt -Append | Out-Null
(Get-Content tee.txt) -join ','
