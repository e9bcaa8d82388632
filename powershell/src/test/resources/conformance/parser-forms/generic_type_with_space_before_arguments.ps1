# Parser.cs FinishTypeNameRule reads the '[' after a type name as its own token: spaces may precede it.
$l = [System.Collections.Generic.List [string]]::new()
$l.Add('a')
$l.GetType().Name
$l -is [System.Collections.Generic.List[string]]
$d = [System.Collections.Generic.Dictionary [string, int]]::new()
$d['k'] = 1
$d.GetType().Name
