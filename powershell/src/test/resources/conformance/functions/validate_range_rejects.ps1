function f { param([ValidateRange(1, 5)][int]$N) $N }
f -N 3
f -N 10
