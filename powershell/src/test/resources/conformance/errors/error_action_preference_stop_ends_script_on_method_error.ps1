$ErrorActionPreference = 'Stop'
'before'
[int]::Parse('x')
'not reached'
