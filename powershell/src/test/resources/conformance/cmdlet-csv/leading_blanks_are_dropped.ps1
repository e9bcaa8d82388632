# 5.1's CSV reader (ParseNextRecord) drops spaces and tabs before a value, also before an opening quote
$row = '  a,  b', "  1,`t""x y""" | ConvertFrom-Csv
$row.psobject.Properties.Name -join '|'
$row.a
$row.b
