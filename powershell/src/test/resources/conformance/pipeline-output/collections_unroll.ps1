function f { return @(1, 2, 3) }
f | ForEach-Object { "item $_" }
