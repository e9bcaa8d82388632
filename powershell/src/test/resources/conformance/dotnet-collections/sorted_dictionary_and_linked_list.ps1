# SortedDictionary[K,V]: keys and values convert to K and V; keys kept in K's order.
$d = New-Object 'System.Collections.Generic.SortedDictionary[string,int]'
$d.Add('pear', 3)
$d.Add('apple', '1')
$d['fig'] = 2
$d.Keys -join ','
$d.Values -join ','
$d['apple'].GetType().FullName
$d.Count
$d.ContainsKey('fig')
$d.ContainsValue(3)
$v = 5
$d.TryGetValue('kiwi', [ref]$v)
$v
$d.Remove('fig')
$d.Remove('fig')
try { $d.Add('pear', 9) } catch { $_.Exception.InnerException.Message }
try { $d.Add($null, 9) } catch { $_.Exception.InnerException.GetType().FullName }
foreach ($e in $d.GetEnumerator()) { "$($e.Key)=$($e.Value)" }
$d -is [System.Collections.Generic.SortedDictionary[string,int]]
$i = [System.Collections.Generic.SortedDictionary[int,string]]::new()
$i[10] = 'ten'
$i[9] = 'nine'
$i['2'] = 'two'
$i.Keys -join ','
$i[2]
# LinkedList[T]: AddFirst/AddLast/AddAfter return the new node; enumerating gives the values.
$l = New-Object 'System.Collections.Generic.LinkedList[string]'
[void]$l.AddLast('b')
$first = $l.AddFirst('a')
$first.Value
[void]$l.AddAfter($first, 'a2')
$l -join ','
$l.Count
$l.First.Next.Value
$l.Last.Previous.Value
$null -eq $l.First.Previous
$l.Find('b').Value
$l.Remove('a2')
$l.Remove('zz')
$l.Contains('a2')
$l.RemoveFirst()
$l.RemoveLast()
$l.Count
$null -eq $l.First
try { $l.RemoveFirst() } catch { $_.Exception.InnerException.Message }
$n = New-Object 'System.Collections.Generic.LinkedList[int]' (,[int[]](3, 1, 2))
$n -join ','
