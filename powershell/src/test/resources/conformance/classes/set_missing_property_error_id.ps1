# Facts from test/powershell/Language/Classes/Scripting.Classes.Exceptions.Tests.ps1 ("Setting a property that doesn't exist")
# and Binders.cs PSSetMemberBinder: ThrowRuntimeError("PropertyAssignmentException", ParserStrings.PropertyNotFound).
class S { static f1() { [S]::bar = 42 } }
try { [S]::f1() } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category.ToString(); $_.Exception.Message }
class P { $x }
$p = [P]::new()
try { $p.nope = 1 } catch { $_.FullyQualifiedErrorId }
$o = [pscustomobject]@{ a = 1 }
try { $o.b = 2 } catch { $_.FullyQualifiedErrorId }
