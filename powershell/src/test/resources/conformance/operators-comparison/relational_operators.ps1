2 -lt 3
3 -le 3
3 -ge 4
'a' -lt 'b'
'B' -gt 'a'
