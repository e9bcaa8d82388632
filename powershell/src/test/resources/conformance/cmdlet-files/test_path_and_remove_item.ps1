$p = Join-Path $env:TEMP 'oe-conf-remove.txt'
Test-Path $p
Set-Content -Path $p -Value 'x'
Test-Path $p
Test-Path -Path $p -PathType Leaf
Test-Path -Path $env:TEMP -PathType Container
Remove-Item $p
Test-Path $p
