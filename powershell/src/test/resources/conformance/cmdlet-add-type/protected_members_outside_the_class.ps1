# A C# class's protected members are visible to a PowerShell class derived from it, not to code
# outside (ProtectedAccess.Tests "members not visible outside class"): a read under strict mode is
# PropertyNotFoundStrict, a write PropertyAssignmentException, a call MethodNotFound, and a class
# with only protected constructors cannot be created (MethodCountCouldNotFindBest), though a derived
# class's constructor still calls the protected one.
Add-Type @'
public class ProtBase
{
    protected int Field;
    protected ProtBase() { Field = 5; }
    protected int Twice() { return Field * 2; }
    public static ProtBase Make() { return new ProtDerivedCs(); }
}
public class ProtDerivedCs : ProtBase
{
}
'@
# The class is parsed after Add-Type ran: 5.1 resolves a base type while parsing the script.
. ([scriptblock]::Create('class ProtDerived : ProtBase { [int] Use() { return $this.Twice() + $this.Field } }'))
$d = [ProtDerived]::new()
$d.Use()
Set-StrictMode -Version 3
try { $d.Field } catch { $_.FullyQualifiedErrorId }
try { $d.Field = 1 } catch { $_.FullyQualifiedErrorId }
try { $d.Twice() } catch { $_.FullyQualifiedErrorId }
try { [ProtBase]::new() } catch { $_.FullyQualifiedErrorId }
[ProtBase]::Make().GetType().Name
