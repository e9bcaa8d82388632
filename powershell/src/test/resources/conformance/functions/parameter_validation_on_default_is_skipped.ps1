function f { param([ValidateSet('a', 'b')][string]$Choice = 'z') "choice $Choice" }
f
