foreach ($v in 1, 'one', 1.5) {
  switch ($v) {
    { $_ -is [int] } { "$v int" }
    { $_ -is [string] } { "$v string" }
    default { "$v other" }
  }
}
