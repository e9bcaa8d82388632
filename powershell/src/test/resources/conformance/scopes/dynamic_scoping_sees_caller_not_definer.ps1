function inner { "v=$v" }
function outer { $v = 'from outer'; inner }
$v = 'from top'
outer
inner
