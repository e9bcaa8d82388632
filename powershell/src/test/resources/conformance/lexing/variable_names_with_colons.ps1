# tokenizer.cs ScanVariable takes every ':' followed by a name character, whatever the part before it
# is (Parser.Tests.ps1 "declaring an array in nested variable tables"; Parsing.Tests.ps1 "Ternary
# Operator parsing": $true?2:3 is one variable token); a scope before ':' still names the scope.
$Variable:vtbl1:vtbl2:b = @(5, 6)
$Variable:vtbl1:vtbl2:b
$t = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput('$true?2:3', [ref]$t, [ref]$null)
$t[0].Kind
$t[0].Text
$global:g = 'scoped'
$g
