:outer foreach ($a in 1..3) {
  foreach ($b in 1..3) {
    if ($a -eq 2) { break outer }
    "$a$b"
  }
}
'after'
