$x = 1
function f { $x = 2; "inner $x" }
f
"outer $x"
