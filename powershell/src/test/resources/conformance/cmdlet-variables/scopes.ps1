# New-/Get-/Clear-/Remove-Variable.Tests.ps1 ("Scope Tests"), Private and AllScope options.
function inner {
    New-Variable fromInner 1 -Scope 1
    New-Variable g1 'global one' -Scope global
    Get-Variable -Name outer -Scope 1 -ValueOnly
    try { Get-Variable -Name outer -Scope local -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
    try { Clear-Variable -Name outer -Scope local -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
    "private: [$priv]"
    $all = 'changed in child'
}
New-Variable outer 'outer value'
New-Variable priv 'hidden' -Option Private
New-Variable all 'original' -Option AllScope
inner
$fromInner
Get-Variable -Scope global -Name g1 -ValueOnly
$all
$priv
try { Get-Variable x -Scope 99 -ErrorAction Stop } catch { $_.Exception.Message.Split("`n")[0].Trim() }
