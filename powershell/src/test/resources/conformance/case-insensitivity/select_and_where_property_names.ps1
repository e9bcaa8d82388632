$rows = [pscustomobject]@{ Mail = 'a@example.com'; Active = 'yes' }
$rows | Select-Object -ExpandProperty MAIL
($rows | Where-Object active -eq 'YES').Mail
