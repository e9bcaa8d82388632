# A type name in a class declaration that no type has is a parse error (SymbolResolver.cs
# VisitTypeName, only inside a type definition): TypeNotFound at the name (after the '['),
# CustomAttributeTypeNotFound for an attribute. Classes of the same script count wherever they are
# written, [ordered] is no type, and names under a 'using namespace' resolve there. The offsets are
# the ones Scripting.Classes.BasicParsing and scripting.Classes.inheritance expect. A framework type the
# engine does not model (a System.* name, a 5.1 accelerator such as [ipaddress]) is kept, not reported.
$cases = 'class foo { [zz]$x; }', 'class foo { [zz]f() { return 0 } }', 'class foo { f([zz]$x) {} }',
    '[UnknownAttr()]class C{}', 'class A : NonExistingClass {}', 'class A {}; class B : A, NonExistingInterface {}',
    'class X { [Y]$y; [Y[]]$ys; [System.Collections.Generic.List[Y]]$l; [ordered]$o }; class Y {}',
    'using namespace System.Collections.Generic; class Z { [List[int]]$l }',
    'class V { [ValidateSet("a")][ValidateNotNull()][Parameter(Mandatory)][Alias("x")]$x }',
    'function f { [zz]$x = 1 }', 'class W { [ipaddress]$a; [System.Net.Dns]$d; [mailaddress]$m }'
foreach ($src in $cases) {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($src, [ref]$null, [ref]$errors)
    '{0}: {1}' -f $errors.Count, (($errors | ForEach-Object { '{0} {1}' -f $_.ErrorId, $_.Extent.StartOffset }) -join ', ')
}
