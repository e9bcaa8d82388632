$record = [pscustomobject]@{ mail = 'a@example.com'; phone = ''; fax = $null }
foreach ($column in 'mail', 'phone', 'fax', 'missing') {
  if ($record.$column) { "$column has value" } else { "$column empty" }
}
