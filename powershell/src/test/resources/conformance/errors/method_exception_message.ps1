[int]::Parse('x')
