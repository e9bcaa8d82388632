$d = 1234.5
"$d"
[string]$d
$d.ToString()
