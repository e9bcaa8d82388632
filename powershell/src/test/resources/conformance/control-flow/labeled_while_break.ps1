$n = 0
:loop while ($true) {
  for ($i = 0; $i -lt 10; $i++) {
    $n++
    if ($n -eq 4) { break loop }
  }
}
$n
