[int]'5' + 1
[string]5 + 1
