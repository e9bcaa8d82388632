# An error in a do/while condition is reported on the condition's line (ErrorPosition.Tests.ps1).
$i = 0
do { $i++ }
while ($null[0])
