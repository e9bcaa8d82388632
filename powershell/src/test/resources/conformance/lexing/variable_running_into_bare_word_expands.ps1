# A command argument that starts with a variable and runs on into a word is one expandable word
# (LineEndings.Tests.ps1 passes -Path TESTDRIVE:\$fileName; PowerShell's tokenizer rescans such
# an argument as a generic expandable token). Member access and indexing stay expressions.
$n = 'a'
function g { "[$($args -join '][')]" }
g $n+1
g $n/x/$n
g $n.Length
g $n[0]
g $n,1
g $n
