# $MyInvocation.Line is the source line of the call, in a function, a filter, & { } and . { }.
function f { $MyInvocation.Line }
filter g { $MyInvocation.Line }
$a = f
$a
1 | g
$b = & { $MyInvocation.Line }
$b
$c = . { $MyInvocation.Line }
$c
