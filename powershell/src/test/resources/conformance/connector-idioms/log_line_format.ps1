$line = "{0} {1}" -f (Get-Date -Date '2021-03-04 05:06:07' -Format 'yyyy-MM-dd HH:mm:ss'), 'Imported 3 records'
$line
