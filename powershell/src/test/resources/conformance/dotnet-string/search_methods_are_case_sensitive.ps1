$s = 'Hello'
$s.IndexOf('l')
$s.LastIndexOf('l')
$s.Contains('ell')
$s.Contains('hell')
$s.StartsWith('He')
$s.StartsWith('he')
$s.EndsWith('lo')
$s.IndexOf('z')
