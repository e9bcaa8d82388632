$a = [string[]]'single'
$a.GetType().Name
$a.Count
$n = [int[]]('1', '2', '3')
$n[0] + $n[2]
([Collections.IList]('a;b'.Split(';'))).Count
