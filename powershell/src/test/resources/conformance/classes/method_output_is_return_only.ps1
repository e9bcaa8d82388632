# Only return gives a method's output; other statements' output is discarded (5.1 class semantics)
class C {
    [int] F() { 'dropped'; Write-Output 'dropped too'; return 42 }
    [void] G() { 'dropped' }
    [object] H() { return & {} }
}
$c = [C]::new()
$c.F()
$c.G()
$null -eq $c.H()
