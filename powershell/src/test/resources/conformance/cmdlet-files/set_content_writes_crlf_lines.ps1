# ps51: Windows line endings; PowerShell 7 on Linux writes LF and the file has 4 bytes
$p = Join-Path $env:TEMP 'oe-conf-bytes.txt'
Set-Content -Path $p -Value 'abc'
(Get-Item $p).Length
