# Get-FileHash (5.1's script function): upper-case hex, SHA256 by default, a directory is skipped
[System.IO.File]::WriteAllText("$PWD/hashable.txt", "Get-Module`n")
$r = Get-FileHash hashable.txt
$r.Algorithm
$r.Hash
$r.PSTypeNames[0]
(Get-FileHash -LiteralPath hashable.txt -Algorithm md5).Hash
(Get-FileHash -Path hashable.txt -Algorithm SHA1).Algorithm
New-Item -ItemType Directory sub | Out-Null
@(Get-FileHash -Path sub).Count
