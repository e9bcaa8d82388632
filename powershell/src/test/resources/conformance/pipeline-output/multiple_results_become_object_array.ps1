function f { 1; 2 }
$r = f
$r.GetType().Name
