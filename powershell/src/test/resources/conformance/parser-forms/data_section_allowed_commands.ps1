# SemanticChecks.cs RestrictedLanguageChecker (VisitDataStatement/VisitCommand): a data section runs
# ConvertFrom-StringData and the -SupportedCommand commands only; any other command, even inside
# $( ) or @( ), is the parse error CmdletNotInAllowedListForDataSection, reported for the whole script.
data texts { ConvertFrom-StringData "a=1" }
$texts.a
data listed -SupportedCommand Get-Date { (Get-Date -Year 2001).Year }
$listed
foreach ($script in 'data d { @{ x = $(Get-Command) } }', 'data d { if ($(Get-Command)) {} }', 'data d { @(Get-Command) }',
        'data d { . ConvertFrom-StringData "a=1" }') {
    try { Invoke-Expression $script } catch { $_.FullyQualifiedErrorId }
}
$errors = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput('data d { Get-ChildItem }', [ref]$null, [ref]$errors)
$errors[0].Message
