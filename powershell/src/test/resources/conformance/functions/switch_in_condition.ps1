function f([switch]$On) { if ($On) { 'on' } else { 'off' } }
f
f -On
