# [ref]$null refers to the null variable, whose assignments are discarded (NullVariable in
# SpecialVariables.cs): an API that writes its out arguments (here ParseInput's tokens) leaves $null null.
$errors = $null
$ast = [System.Management.Automation.Language.Parser]::ParseInput('1 + 2', [ref]$null, [ref]$errors)
$null -eq $null
$x = $null
$x -eq $null
$r = [ref]$null
$r.Value = 5
$null -eq $r.Value
