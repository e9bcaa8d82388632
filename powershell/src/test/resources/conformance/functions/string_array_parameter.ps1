function f([string[]]$Names) { "$($Names.Count): $($Names -join '+')" }
f -Names a, b, c
f -Names single
f a, b
