[string]$true
[int]$true
[int]$false
