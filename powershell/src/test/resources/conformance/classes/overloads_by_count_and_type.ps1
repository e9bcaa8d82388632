class M {
    [int] F($a) { return 1 }
    [int] F([string] $a, [int] $b) { return 2 }
    [int] F([int] $a, [int] $b) { return 3 }
}
$m = [M]::new()
$m.F('x'); $m.F('x', 1); $m.F(1, 1)
try { $m.F() } catch { $_.Exception.Message }
