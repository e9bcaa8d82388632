# ScriptBlock.CheckRestrictedLanguage (CompiledScriptBlock.cs, RestrictedLanguageChecker in
# SemanticChecks.cs): a ParseException for what restricted language refuses; nothing otherwise.
function Test-Restricted($block, $commands, $variables, $environment) {
    try { $block.CheckRestrictedLanguage($commands, $variables, $environment); 'allowed' }
    catch { 'refused: ' + $_.FullyQualifiedErrorId + ' ' + $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }
}
Test-Restricted { 'text', 42, @{ a = 1 }, $true, $PSCulture } $null $null $false
Test-Restricted { $a } $null $null $false
Test-Restricted { $a; $b } $null ([string[]]'a', 'b') $false
Test-Restricted { $env:PATH } $null ([string[]]'a') $false
Test-Restricted { $env:PATH } $null ([string[]]'a') $true
Test-Restricted { $anything } $null ([string[]]'*') $false
Test-Restricted { Get-Date } $null $null $false
Test-Restricted { Get-Date } ([string[]]'Get-Date') $null $false
Test-Restricted { Get-Date } ([string[]]'Get-Item') $null $false
Test-Restricted { 'x'.Length } $null $null $false
Test-Restricted { { 1 } } $null $null $false
