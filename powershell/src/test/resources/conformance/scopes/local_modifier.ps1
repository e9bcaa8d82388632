$v = 'top'
function f { $local:v = 'mine'; $local:v }
f
$v
