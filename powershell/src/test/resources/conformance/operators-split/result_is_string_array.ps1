$parts = 'x;y' -split ';'
$parts.GetType().Name
