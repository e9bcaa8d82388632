foreach ($i in 1..3) { }
$i
for ($j = 0; $j -lt 2; $j++) { }
$j
