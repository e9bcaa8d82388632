# Errors 5.1 finds when it emits a class (PSType.cs), here when the class is defined: a sealed base
# (SealedBaseClass), an open generic base (SubtypeUnclosedGeneric), a base no type has
# (TypeNotFound; a System.* name the engine does not model is kept), an interface or abstract class
# whose members are not all implemented, or implemented with another return type (TypeCreationError,
# .NET's "does not have an implementation"), an attribute no constructor takes
# (MethodCountCouldNotFindBest) and a value that does not convert (CannotConvertValue).
# Cases from scripting.Classes.inheritance and Scripting.Classes.BasicParsing.
$cases = 'class baz : string {}', 'class A : System.Collections.Generic.List`1 {}',
    'class bar {}; class baz : bar, Non.Existing.Interface {}', 'class MyComparable : system.IComparable {}',
    'class MyComparable : system.IComparable { [void] CompareTo([object]$obj) {} }',
    'class MyComparable : system.IComparable { [int] CompareTo([object]$obj) { return 0 } }',
    'class WillFail : System.IO.FileSystemInfo { [string] $Name }',
    '[System.Management.Automation.Cmdlet()]class C{}',
    '[System.Management.Automation.Cmdlet("Get", "Thing", ConfirmImpact="foo")]class C{}',
    'class K : System.Collections.CollectionBase {}'
foreach ($src in $cases) {
    try {
        [scriptblock]::Create($src).Invoke() > $null
        'ok'
    } catch {
        $e = $_.Exception.InnerException.ErrorRecord
        if ($e.FullyQualifiedErrorId -eq 'TypeCreationError') { $e.FullyQualifiedErrorId + ' ' + ($e.Exception.Message -split "`n")[1] }
        else { $e.FullyQualifiedErrorId }
    }
}
