'a.b' -replace '\.', '\'
'path/to' -replace '/', '\\'
