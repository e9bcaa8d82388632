function f([switch]$Flag) { if ($Flag) { 'on' } else { 'off' } }
f -Flag:$true
f -Flag:$false
$on = $true
f -Flag:$on
