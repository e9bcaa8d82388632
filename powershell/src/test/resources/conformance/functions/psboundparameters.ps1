function f($a, $b, [switch]$s) {
  $PSBoundParameters.Count
  $PSBoundParameters.ContainsKey('a')
  $PSBoundParameters.ContainsKey('b')
  $PSBoundParameters['a']
}
f -a 1 -s
