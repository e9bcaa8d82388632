function f([string]$Name, [int]$Count) { "$Name x$Count" }
f -na 'n' -c 3
