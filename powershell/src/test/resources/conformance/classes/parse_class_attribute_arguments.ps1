# Attribute arguments on a class, its members and its method parameters must be constants, and no
# script block ([ValidateScript({})] too), since .NET metadata cannot hold one: ParameterAttributeArgumentNeedsToBeConstant
# (SemanticChecks.cs VisitAttribute, ConstantValues.cs CheckingClassAttributeArguments). A named argument
# must be a settable property of the attribute: PropertyNotFoundForAttribute, ReadOnlyProperty
# (NounName is get-only on CmdletAttribute). Every faulty return of a void method is reported.
$cases = 'class C{ [ValidateScript({})]$p; }',
    '[System.Management.Automation.Cmdlet("Get", "Thing", NounName="foo")]class C{}',
    '[System.Management.Automation.Cmdlet("Get", "Thing", Prop=1)]class C{}',
    '[System.Management.Automation.Cmdlet("Get", "Thing", ConfirmImpact=$zed)]class C{}',
    '[System.Management.Automation.Cmdlet("Get", "Thing", SupportsPaging = $true, ConfirmImpact = ''High'')]class C{}',
    'class C {f(){ $x=1; if($x -lt 2){ return } elseif($x -gt 0 ) {return 1} else{return 2} return 3 } }',
    'function f { param([ValidateScript({ $true })]$p) }'
foreach ($src in $cases) {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($src, [ref]$null, [ref]$errors)
    '{0}: {1}' -f $errors.Count, (($errors | ForEach-Object { '{0} {1}' -f $_.ErrorId, $_.Extent.StartOffset }) -join ', ')
}
