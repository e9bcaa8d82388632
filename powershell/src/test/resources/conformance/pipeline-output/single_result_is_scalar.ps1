function f { 'only' }
$r = f
$r.GetType().Name
function g { return @('one') }
(g).GetType().Name
