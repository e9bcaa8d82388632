# Parser.cs UsingStatementRule with ParserStrings.resx ids: a directive must follow 'using', a name
# must follow the directive, and the name must be a constant.
foreach ($src in 'using', 'using module', 'using namespace $x') {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($src, [ref]$null, [ref]$errors)
    $errors[0].ErrorId
}
