$record = [pscustomobject]@{ a = $null; b = 'x'; c = $null }
foreach ($property in $record.PSObject.Properties) {
  if ($property.Value -eq $null) { $record.($property.Name) = '' }
}
$record | ConvertTo-Json -Compress
