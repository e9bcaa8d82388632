$raw = 'a;b;c'
$list = [Collections.IList]($raw.Split(';'))
$list.Count
$list[2]
