Set-StrictMode -Version 2.0
function f($a, $b) { "$a $b" }
f(1, 2)
