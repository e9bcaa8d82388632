function inner($a, $b) { "inner $a/$b" }
function outer($a, $b) {
  $PSBoundParameters.Remove('b') | Out-Null
  $PSBoundParameters['a'] = 'changed'
  inner @PSBoundParameters
}
outer -a 1 -b 2
