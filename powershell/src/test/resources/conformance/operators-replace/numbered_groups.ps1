'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'abc' -replace '(b)', '$1$1'
'abc' -replace 'b', '[$0]'
