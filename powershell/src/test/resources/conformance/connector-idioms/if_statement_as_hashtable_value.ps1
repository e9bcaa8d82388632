$status = 'PROVISIONED'
[pscustomobject]@{
  "status" = if ($status -eq 'PROVISIONED') { 'Active' } else { 'Inactive' }
  "n" = 1
}
