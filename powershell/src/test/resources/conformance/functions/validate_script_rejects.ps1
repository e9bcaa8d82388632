function f { param([ValidateScript({ $_ -gt 0 })][int]$N) $N }
f -N 0
