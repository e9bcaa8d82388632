class Counter {
    static [int] $Count = 10
    hidden [string] $Secret = 'h'
    [int] $Visible = 1
    Counter() { [Counter]::Count++ }
    static [int] Twice([int] $n) { return 2 * $n }
}
$c = [Counter]::new()
[Counter]::Count
[Counter]::Twice(21)
$c.Secret
$c
