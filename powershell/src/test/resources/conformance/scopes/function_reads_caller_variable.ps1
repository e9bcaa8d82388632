$x = 'outer'
function f { $x }
f
