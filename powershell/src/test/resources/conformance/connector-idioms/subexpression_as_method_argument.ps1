$template = 'Hello NAME from CITY'
$user = [pscustomobject]@{ login = 'ann'; city = 'Oslo' }
$template = $template.Replace('NAME', $($user.login))
$template.Replace("CITY", $($user.city))
