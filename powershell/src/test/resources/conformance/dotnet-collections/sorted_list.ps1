# System.Collections.SortedList: keys in Comparer.Default order (culture order for strings: case is
# looked at last, lower case first), reachable by key and by position.
$s = New-Object System.Collections.SortedList
$s.Add('b', 2)
$s.Add('a', 1)
$s['C'] = 3
$s.Add('A', 0)
$s.Keys -join ','
$s.Values -join ','
$s.Count
$s.GetKey(0)
$s.GetByIndex(3)
$s.IndexOfKey('b')
$s.IndexOfValue(3)
$s.ContainsKey('a')
$s.Contains('z')
$s.ContainsValue(5)
$null -eq $s['missing']
try { $s.Add('a', 9) } catch { $_.Exception.InnerException.Message }
try { $s.Add($null, 9) } catch { $_.Exception.InnerException.GetType().FullName }
$s.Remove('b')
$s.Keys -join ','
$s.RemoveAt(0)
$s.Keys -join ','
$s.SetByIndex(0, 'zero')
$s['A']
$n = New-Object System.Collections.SortedList
$n.Add(10, 'x')
$n.Add(2, 'y')
$n.Keys -join ','
try { $n.Add('z', 1) } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
$h = [System.Collections.SortedList]@{ zeta = 1; alpha = 2 }
$h.GetKey(0)
$h.GetType().FullName
foreach ($e in $h.GetEnumerator()) { "$($e.Key)=$($e.Value)" }
