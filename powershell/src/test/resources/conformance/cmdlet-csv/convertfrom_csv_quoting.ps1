$rows = 'n,v', '"a,b",2', '"say ""hi""",3', 'empty,' | ConvertFrom-Csv
$rows[0].n
$rows[1].n
"[$($rows[2].v)]"
