Add-Type -TypeDefinition @'
using System;
using System.Text;
using System.Collections.Generic;
public static class Calc
{
    public static int Sum(int[] values)
    {
        int total = 0;
        foreach (int v in values) { total += v; }
        return total;
    }
    public static string Join(List<string> items, string sep)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(items[i].ToUpper());
        }
        return sb.ToString();
    }
    public static string Classify(int n)
    {
        if (n < 0) { return "negative"; }
        else if (n == 0) return "zero";
        string parity = n % 2 == 0 ? "even" : "odd";
        int digits = 1;
        while (n >= 10) { n = n / 10; digits++; }
        return parity + " " + digits;
    }
    public static string Guarded(string x)
    {
        try { throw new ArgumentException("bad " + x); }
        catch (ArgumentException e) { return "caught: " + e.Message; }
    }
    public static bool Same(string a, string b) { return a == b; }
    public static bool IsText(object o) { return o is string && o != null; }
    public static long Shift() { return 1L << 40; }
    public static string[] Pair() { return new string[] { "a", "b" }; }
}
'@
[Calc]::Sum(@(1, 2, 3))
$l = New-Object 'System.Collections.Generic.List[string]'
$l.Add('a'); $l.Add('b')
[Calc]::Join($l, '-')
[Calc]::Classify(-4)
[Calc]::Classify(0)
[Calc]::Classify(7)
[Calc]::Classify(1234)
[Calc]::Guarded('q')
[Calc]::Same('A', 'a')
[Calc]::IsText('s')
[Calc]::Shift()
[Calc]::Pair() -join ','
