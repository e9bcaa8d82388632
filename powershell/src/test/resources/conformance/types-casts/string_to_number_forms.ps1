'0x10' -as [int]
[double]'1e3'
[int]'-7'
[long]'+12'
