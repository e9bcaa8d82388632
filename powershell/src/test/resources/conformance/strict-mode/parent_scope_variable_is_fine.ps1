Set-StrictMode -Version 2.0
$fromParent = 'p'
function f { $fromParent }
f
