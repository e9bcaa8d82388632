# EnumerableOps.ForEach in MiscOps.cs: extra arguments are $args; a string names a property or method.
((1, 2).ForEach({ $_ * $args[0] }, 10)) -join ','
(('a', 'bb').ForEach('Length')) -join ','
(('a', 'bb').ForEach('ToUpper')) -join ','
(5).ForEach{ $_ + 1 }
