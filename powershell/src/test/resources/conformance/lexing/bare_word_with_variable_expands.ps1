# A command argument written as a bare word with a variable in it is an expandable string
# (OutErrorVariable.Tests.ps1 passes -OutVariable +$name).
$n = 'a'
function g { "[$($args[0])]" }
g +$n
g a$n
g a`$n
g C:\x\$n.txt
