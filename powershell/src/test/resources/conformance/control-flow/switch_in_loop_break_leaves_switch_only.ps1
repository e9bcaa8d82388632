foreach ($i in 1..3) {
  switch ($i) { 2 { 'two'; break } default { "d$i" } }
  "after $i"
}
