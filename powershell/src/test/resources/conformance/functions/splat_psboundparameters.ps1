function inner($a, $b) { "inner $a/$b" }
function outer($a, $b) { inner @PSBoundParameters }
outer -b 2 -a 1
outer 5
