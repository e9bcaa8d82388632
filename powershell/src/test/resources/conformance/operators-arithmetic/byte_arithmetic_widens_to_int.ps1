$r = [byte]200 + [byte]100
$r
$r.GetType().Name
