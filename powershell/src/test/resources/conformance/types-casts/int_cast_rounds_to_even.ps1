[int]2.5
[int]3.5
[int]-2.5
[int]2.6
[int]'7'
[long]2.5
