# Facts from test/powershell/Language/Classes/Scripting.Classes.BasicParsing.Tests.ps1 (PowerShell repo)
$p = [Point]::new(100, 200)   # usable above its definition (types are defined at parse time)
$p.Add([Point]::new(1, 2))
$p.x; $p.y
$q = New-Object Point 3, 4
$q.x
class Point {
    [int] $x = 0
    [int] $y = 0
    Point() {}
    Point($x, $y) { $this.x = $x; $this.y = $y }
    Add([Point] $val) { $this.x += $val.x; $this.y += $val.y }
}
[Point]::new().GetType().Name
