'abc123def' -match '\d+'
$Matches[0]
'ABC' -match 'b'
'ABC' -cmatch 'b'
'abc' -notmatch 'x'
