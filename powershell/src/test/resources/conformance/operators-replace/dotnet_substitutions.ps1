'abc' -replace 'b', '[$_]'
'abc' -replace 'b', '$`'
'abc' -replace 'b', "`$'"
'ab' -replace '(a)', '${1}0'
