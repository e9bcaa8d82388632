$null = 'discarded'
[void]'also discarded'
'kept' | Out-Null
'end'
