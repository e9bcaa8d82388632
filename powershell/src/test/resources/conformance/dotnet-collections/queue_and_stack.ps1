$q = New-Object System.Collections.Queue
$q.Enqueue(1)
$q.Enqueue('b')
$q.Count
$q.Peek()
$q.Dequeue()
$q.Count
$q.Contains('b')
$st = New-Object System.Collections.Stack
$st.Push(1)
$st.Push(2)
$st.ToArray() -join ','
foreach ($i in $st) { "item $i" }
$st.Pop()
try { (New-Object System.Collections.Stack).Pop() } catch { $_.Exception.InnerException.Message }
try { (New-Object System.Collections.Queue).Dequeue() } catch { $_.Exception.InnerException.Message }
$g = [System.Collections.Generic.Queue[int]]::new()
$g.Enqueue('5')
$g.Peek().GetType().FullName
$gs = New-Object 'System.Collections.Generic.Stack[string]'
$gs.Push(1)
$gs.Peek().GetType().FullName
$gs -is [System.Collections.Generic.Stack[string]]
