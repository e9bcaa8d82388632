# Object.MemberwiseClone is protected: a class's method may call it on $this (a shallow copy), code
# outside the class may not (scripting.Classes.inheritance "can call protected internal .NET method
# Object.MemberwiseClone()"; outside, PowerShell's adapter lists no such method: MethodNotFound).
class CNetMethod {
    [string]$Foo
    [object]CloneIt() { return $this.MemberwiseClone() }
}
$c1 = [CNetMethod]::new()
$c1.Foo = 'bar'
$c2 = $c1.CloneIt()
$c2.Foo
[object]::ReferenceEquals($c1, $c2)
try { $c1.MemberwiseClone() } catch { $_.FullyQualifiedErrorId }
