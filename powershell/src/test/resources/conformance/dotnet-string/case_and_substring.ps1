$s = 'Hello'
$s.ToUpper()
$s.ToLower()
$s.Substring(1, 3)
$s.Substring(3)
$s.Length
