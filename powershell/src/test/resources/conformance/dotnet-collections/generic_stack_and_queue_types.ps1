# A Stack[T]/Queue[T] instance keeps its closed type: GetType() and -is see Stack`1/Queue`1,
# while the non-generic System.Collections.Stack/Queue stay themselves.
$s = [System.Collections.Generic.Stack[int]]::new()
$s.Push(3)
$s.GetType().Name
$s.GetType() -eq [System.Collections.Generic.Stack[int]]
$q = [System.Collections.Generic.Queue[string]]::new()
$q.GetType().Name
$q -is [System.Collections.Generic.Queue[string]]
(New-Object System.Collections.Stack).GetType().FullName
(New-Object System.Collections.Queue).GetType().FullName
# Stack[T] and Stack are unrelated types in .NET (neither derives from the other), likewise the queues
$s -is [System.Collections.Stack]
$q -is [System.Collections.Queue]
(New-Object System.Collections.Stack) -is [System.Collections.Generic.Stack[int]]
(New-Object System.Collections.Stack) -is [System.Collections.Stack]
