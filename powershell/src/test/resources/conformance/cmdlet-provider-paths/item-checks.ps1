# Test-Path -OlderThan/-NewerThan (the FileSystem provider's dynamic parameters) compare the last
# write time; Move-Item refuses to move a folder into itself (MoveItemArgumentError); Get-Content
# and Set-Content take -Include/-Exclude/-Filter; $null as Set-Content's path is NullNotAllowed.
Set-Content -Path a1.txt -Value 'one'
Set-Content -Path a2.txt -Value 'two'
$yesterday = (Get-Date).AddDays(-1)
$tomorrow = (Get-Date).AddDays(1)
Test-Path a1.txt -NewerThan $yesterday
Test-Path a1.txt -OlderThan $yesterday
Test-Path a1.txt -OlderThan $tomorrow -NewerThan $yesterday
$null = New-Item -ItemType Directory -Path box\inner
try { Move-Item -Path box -Destination box\inner -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().Name }
Test-Path box\inner
Get-Content -Path *.txt -Include *2.txt
Get-Content -Path *.txt -Exclude *2.txt
Set-Content -Path *.txt -Value 'changed' -Filter a2*
Get-Content -Path a2.txt
Get-Content -Path a1.txt
try { Set-Content -Path $null -Value x } catch { $_.FullyQualifiedErrorId }
