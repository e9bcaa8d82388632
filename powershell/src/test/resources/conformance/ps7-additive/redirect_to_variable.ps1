# PowerShell 7.4's redirection to a variable (#20381; RedirectionOperator.Tests.ps1, "variable
# redirection should work"): '> variable:name' sets the variable to the output, '>>' appends. In 5.1
# the variable: drive cannot be a redirection target, so no working 5.1 script changes meaning.
1..3 > variable:a
$a -join ','
4..5 >> variable:a
$a -join ','
@{ one = 1 } > variable:h
$h -is [hashtable]
@{ two = 2 } >> variable:h
$h.Count
$h[1].two
