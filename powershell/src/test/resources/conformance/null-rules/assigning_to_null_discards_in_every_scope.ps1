# $null is a constant AllScope variable whose setter ignores the value (engine/ShellVariable.cs,
# NullVariable): `$null = expr` discards expr at script level, in functions and in script blocks.
function Invoke-Discard {
    $null = [pscustomobject]@{ a = 1 }
    $null -eq $null
    "function: [$null]"
}
Invoke-Discard
$null = 5
"script: [$null]"
& { $null = 'x'; "block: [$null]" }
