# A value assigned to a typed property that does not convert is the setter's error, "Exception setting"
# (ExceptionWhenSetting, MiscOps.cs; inheritance tests "allows use of defined later type as a property
# type"), for static and instance properties alike; no constructor taking that many arguments is
# MethodCountCouldNotFindBest (CoreAdapter.cs; "cannot call base ctor with the wrong number of parameters").
class A { static [int]$n; [int]$a }
try { [A]::n = 'bla' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$o = [A]::new()
try { $o.a = 'zz' } catch { $_.FullyQualifiedErrorId }
class B { B([int]$x) {} }
try { [B]::new(1, 2) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
