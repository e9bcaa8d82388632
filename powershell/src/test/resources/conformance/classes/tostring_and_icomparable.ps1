class P : System.IComparable {
    [int] $n
    P([int] $n) { $this.n = $n }
    [int] CompareTo([object] $o) { return $this.n - $o.n }
    [string] ToString() { return "P$($this.n)" }
}
([P]::new(3), [P]::new(1), [P]::new(2) | Sort-Object) -join ','
"$([P]::new(9))"
[P]::new(1) -lt [P]::new(2)
