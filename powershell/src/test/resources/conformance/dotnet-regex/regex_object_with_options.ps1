$r = New-Object System.Text.RegularExpressions.Regex('^user', 'IgnoreCase')
$r.IsMatch('USER1')
$r.ToString()
