# Set-PSDebug -Strict is strict mode version 1 on the global scope; version 1 does not flag an unset
# variable inside an expandable string (VariableOps.ThrowStrictModeUndefinedVariable), version 2 does.
Set-PSDebug -Strict
"plain: [$notSetAnywhere]"
"sub-expression: [$($alsoNotSet)]"
try { $notSetAnywhere } catch { $_.FullyQualifiedErrorId }
Set-StrictMode -Version 1
"v1: [$notSetAnywhere]"
Set-StrictMode -Version 2
try { "v2: [$notSetAnywhere]" } catch { 'v2 flags it' }
