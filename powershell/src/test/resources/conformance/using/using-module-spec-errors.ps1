# SymbolResolver.cs VisitUsingStatement: a module name with wildcards is refused (WildCardModuleNameError),
# a module hashtable must be a valid ModuleSpecification (RequiresModuleInvalid: an unknown member, no
# version member, a version that is no System.Version), and after ',' or ')' only one error is listed
# (Parser.cs takes the ',' and skips the line after ')'); scripting.Classes.using.tests' cases.
$cases = 'using module fo*', "using module @{ Foo = 'Foo' }", "using module @{ModuleName = 'Fo*'; RequiredVersion = '1.0'}",
    "using module @{ModuleName = 'M'; RequiredVersion = 1. }", "using module @{ModuleName = 'M'}",
    'using module ,M', 'using module )'
foreach ($src in $cases) {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($src, [ref]$null, [ref]$errors)
    '{0}: {1}' -f $errors.Count, (($errors | ForEach-Object ErrorId) -join ',')
}
