Add-Type -TypeDefinition @'
using System;
public class Shape : IComparable
{
    protected string name;
    public Shape(string name) { this.name = name; }
    public virtual double Area() { return 0; }
    public int CompareTo(object other) { return Area().CompareTo(((Shape)other).Area()); }
    public override string ToString() { return name + " " + Area(); }
}
public class Rect : Shape
{
    public double W;
    public double H;
    public Rect(double w, double h) : base("rect") { W = w; H = h; }
    public override double Area() { return W * H; }
}
'@
$big = [Rect]::new(2, 3)
$small = [Rect]::new(1, 1)
"$big"
$big -is [Shape]
$big -is [IComparable]
($big, $small | Sort-Object | ForEach-Object { $_.Area() }) -join ','
