$v = 'before'
$sb = { $v }
$v = 'after'
& $sb
$c = { $v }.GetNewClosure()
$v = 'later'
& $c
