# 'using namespace' also qualifies generic type names (TypeResolver): [list[int]] is
# System.Collections.Generic.List[int] under 'using namespace System.Collections.Generic'.
using namespace System.Collections.Generic
$list = [List[int]]::new()
$list.Add(42)
$list.Count
$d = [Dictionary[string, int]]::new()
$d['a'] = 1
$d['a']
[List[[int]]].Name
