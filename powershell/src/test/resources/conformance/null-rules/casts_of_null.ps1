([string]$null).Length
[int]$null
[bool]$null
[double]$null
