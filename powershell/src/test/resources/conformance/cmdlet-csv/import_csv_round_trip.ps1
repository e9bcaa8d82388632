$p = Join-Path $env:TEMP 'oe-conf-roundtrip.csv'
@(
  [pscustomobject]@{ Id = '1'; Mail = 'a@example.com' }
  [pscustomobject]@{ Id = '2'; Mail = 'b@example.com' }
) | Export-Csv -Path $p -NoTypeInformation
$rows = Import-Csv -Path $p
$rows.Count
$rows[1].Mail
$rows | ForEach-Object { "$($_.Id):$($_.Mail)" }
