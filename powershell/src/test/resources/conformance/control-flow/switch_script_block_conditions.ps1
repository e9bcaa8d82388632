foreach ($v in 2, 5) {
  switch ($v) { { $_ -gt 3 } { "$v big" } { $_ -le 3 } { "$v small" } }
}
