$i = 0
do { $i++ } until ($i -ge 3)
$i
$j = 0
do { $j++ } while ($false)
$j
