# 5.1's GenericObjectMeasureInfo: -Maximum/-Minimum keep non-numeric values (Measure-Object.cs, Compare).
$r = 'b', 'a', 'c' | Measure-Object -Maximum -Minimum
$r.GetType().Name
$r.Maximum
$r.Minimum
