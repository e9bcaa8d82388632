function f([string[]]$Items) { $Items.Count }
f -Items:a,b,c
