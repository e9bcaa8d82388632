# A using statement after another statement is UsingMustBeAtStartOfScript (Parser.cs); the alias
# form 'using namespace A = B' is UsingStatementNotSupported (SemanticChecks.cs).
foreach ($source in '1; using namespace System', 'using namespace Foo = System', 'using namespace System; using namespace System.Text') {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($source, [ref]$null, [ref]$errors)
    @($errors.Count) + @($errors | ForEach-Object { $_.ErrorId + '@' + $_.Extent.StartOffset }) -join ' '
}
