# -Filter, -Include and -Exclude on Get-Item, Remove-Item, Copy-Item and Move-Item match the leaf
# name of each item the path resolves to; Include and Exclude intersect (PowerShell's
# FileSystem.Tests.ps1 "Verify Include and Exclude Intersection", Move-Item.Tests.ps1 filters).
'a1.txt', 'a2.txt', 'b1.log' | ForEach-Object { Set-Content -Path $_ -Value $_ }
New-Item -ItemType Directory -Path dest | Out-Null
(Get-Item -Path * -Include *.txt -Exclude *2*).Name
(Get-Item -Path * -Filter *.log).Name
Copy-Item -Path * -Destination dest -Include a*
(Get-ChildItem dest).Name
Move-Item -Path * -Destination moved.log -Filter b*
Test-Path b1.log
Get-Content moved.log
Remove-Item -Path * -Exclude dest, a1.txt
(Get-ChildItem -Name) -join ','
