# Class and enum syntax errors carry Parser.cs's ErrorIds (ParserStrings.resx) and its extents:
# a missing name is reported after the keyword, a missing body after the name (or last base type),
# a missing '}' after the '{', a missing base type after ':' or ','. The offsets are the ones
# PowerShell's own Scripting.Classes.BasicParsing, scripting.enums and inheritance tests expect.
$cases = 'class', 'class foo', 'class foo {', 'class C : B', 'enum', 'enum foo {', 'class A : {}',
    'class foo { static static $x; }', 'class foo { [int] foo() { return 1 }}',
    'class A { A($a){} } ; class B : A { B() : bas {} }', 'class A { A($a){} } ; class B : A { B() : base {} }'
foreach ($src in $cases) {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($src, [ref]$null, [ref]$errors)
    '{0} {1}' -f $errors[0].ErrorId, $errors[0].Extent.StartOffset
}
