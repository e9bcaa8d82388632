# How the parser goes on after an error in a class or enum member (Parser.cs ClassMemberRule,
# MethodDeclarationRule, EnumMemberRule): a method whose declaration fails is skipped up to the
# class's '}', a missing enumerator value is reported and the enum goes on. Error ids and offsets are
# the ones Scripting.Classes.BasicParsing, scripting.Classes.inheritance and scripting.enums expect.
$cases = 'class A { A($a){} } ; class B : A { foo() : base(1) {} }',
    'class A { static A() {} }; class B { static B() : base() {} }',
    'class A { A($a){} } ; class B : A { B() : bas {} }',
    'class A { A($a){} } ; class B : A { B() : base( {} }',
    'class A { A($a){} } ; class B : A { B() : base {} }',
    'class foo { $private: }', 'class foo { [int]$global: }', 'class foo { f() { param($x) } }',
    '[Flags()]class C{}', 'class C { [Flags()]$field; }', 'enum foo { x = }', 'enum foo { x ='
foreach ($src in $cases) {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($src, [ref]$null, [ref]$errors)
    '{0}: {1}' -f $errors.Count, (($errors | ForEach-Object { '{0} {1}' -f $_.ErrorId, $_.Extent.StartOffset }) -join ', ')
}
