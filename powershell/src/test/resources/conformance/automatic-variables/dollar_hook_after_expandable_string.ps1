# An expandable string is a value: an error inside its $( ) leaves $? True (DollarHook.Tests.ps1),
# while $( ) on its own reports the failure.
"Hi $(Write-Error 'Bad' 2>$null)"
$?
$(Write-Error 'Bad' 2>$null)
$?
