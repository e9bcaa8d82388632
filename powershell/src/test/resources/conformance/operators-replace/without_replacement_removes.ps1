'a-b-c' -replace '-'
'  trim me  ' -replace '^\s+|\s+$', ''
