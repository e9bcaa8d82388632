if ($true) {
  'x'
