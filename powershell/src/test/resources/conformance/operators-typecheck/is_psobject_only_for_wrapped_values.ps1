# ComparisonOperator.Tests.ps1: a plain string is not a PSObject; a custom object is (MiscOps.IsInstance).
"hello" -is [psobject]
[pscustomobject]@{ foo = 1 } -is [psobject]
[pscustomobject]@{ foo = 1 } -is [pscustomobject]
try { 'hello' -is [foo] } catch { $_.FullyQualifiedErrorId }
try { 'hello' -is 'foo' } catch { $_.FullyQualifiedErrorId }
