# Facts from test/powershell/Language/Classes/scripting.Classes.inheritance.tests.ps1
class A { [string] GetName() { return 'A' } }
class B : A { [string] GetName() { return 'B' } }
class D : B {
    [int] $calls
    [string] GetName() { return 'D' }
    [string] Both() { return ([A]$this).GetName() + $this.GetName() }
}
$d = [D]::new()
([A]$d).GetName()
([B]$d).GetName()
$d.GetName()
$d.Both()
$d -is [A]
[D]::new().GetType().BaseType.Name
class C4 { [int] $v; C4([int] $a) { $this.v = $a } }
class C5 : C4 { C5() : base(7) {} }
[C5]::new().v
