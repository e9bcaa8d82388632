# $MyInvocation.ScriptLineNumber in a function is the line of its call site (InvocationInfo);
# PowerShell's Delegates.Tests.ps1 relies on it through its lineno helper.
function lineno { $MyInvocation.ScriptLineNumber }
lineno
$x = 1; $y = lineno
$y
