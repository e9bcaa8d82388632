'ab' -replace 'a', '$9'
'ab' -replace 'a', '${nope}'
