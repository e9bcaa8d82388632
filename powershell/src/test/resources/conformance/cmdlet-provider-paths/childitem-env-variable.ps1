# Get-ChildItem on Env: and Variable: (dir env:, dir variable:x*): the drive's items sorted by name,
# a wildcard leaf filtering them, a plain name giving that item; also from the drive's location.
$env:OE_LIST_B = 'b'
$env:OE_LIST_A = 'a'
(Get-ChildItem env:OE_LIST_*).Name -join ','
(Get-ChildItem Env:\OE_LIST_A).Value
@(Get-ChildItem env:).Count -ge 2
$oeListVar1 = 1
$oeListVar2 = 2
(Get-ChildItem variable:oeListVar*).Value -join ','
Push-Location env:
(Get-ChildItem OE_LIST_B).Value
@(Get-ChildItem).Count -ge 2
Pop-Location
try { Get-ChildItem env:OE_LIST_NONE -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
