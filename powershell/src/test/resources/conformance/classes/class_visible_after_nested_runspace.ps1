# A class the script defines stays usable after the script creates and uses another PowerShell
# instance ([powershell]::Create(), which has its own session state and types; about_Classes, "scope"),
# and the nested instance's own class does not leak into the script.
class Outer1 { [string] Name() { return 'outer' } }
$ps = [powershell]::Create()
$ps.AddScript('class Inner1 { [string] Name() { return "inner" } }; [Inner1]::new().Name()').Invoke()
[Outer1]::new().Name()
try { [Inner1] } catch { $_.FullyQualifiedErrorId }
