# A type constraint on an automatic variable must be its own type (SemanticChecks.cs,
# SpecialVariables.AutomaticVariableTypes); otherwise the script does not parse.
foreach ($source in '[datetime]$_ = 1', '[int]$args = 1', '[string]$PSScriptRoot = 1', '[object]$_ = 1',
        '[object[]]$args = 1', '[string]$PSCommandPath = 1', '[int]$ordinary = 1', '[int]$global:_ = 1') {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($source, [ref]$null, [ref]$errors)
    @($source) + @($errors | ForEach-Object { $_.ErrorId + ': ' + $_.Message }) -join ' => '
}
