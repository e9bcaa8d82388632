function f([bool]$Flag) { $Flag }
f 1
f $false
f 'true'
