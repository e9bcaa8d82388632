$a = @()
if ($a -eq $null) { 'null' } else { 'not null' }
if ($null -eq $a) { 'null' } else { 'not null' }
