'before'
[int]::Parse('x')
'after'
