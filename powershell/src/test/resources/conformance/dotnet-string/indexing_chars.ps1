$s = 'abc'
$s[1]
$s[-1]
$s[0].GetType().Name
$s.ToCharArray().Count
