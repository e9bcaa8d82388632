# '?' and ':' in a command name (Parsing.Tests.ps1, "Question-mark and colon can be used as command
# names"): a word starting with a digit and holding a '?' is a command, not a number (tokenizer.cs
# ScanNumber), and only a scope name before ':' qualifies a function's name.
function a?b:c { 'a?b:c' }
function 2?3:4 { '2?3:4' }
a?b:c
2?3:4
function global:Get-Qualified { 'global' }
Get-Qualified
