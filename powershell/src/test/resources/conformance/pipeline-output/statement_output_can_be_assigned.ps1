$r = foreach ($i in 1..3) { $i * 2 }
$r -join ','
$s = if ($true) { 'yes' } else { 'no' }
$s
$w = while ($false) { 1 }
$null -eq $w
