# Parser.cs ForeachStatementRule reads -parallel and -throttlelimit N (matched by prefix) before the '(';
# any other flag is InvalidForeachFlag and parsing goes on. Windows PowerShell 5.1's SemanticChecks.cs
# (2016 source drop) then refuses -parallel outside a workflow (ParallelNotSupported) and -throttlelimit
# without -parallel (ThrottleLimitRequresParallelFlag, 5.1's spelling). 6.0+ changed both ids.
foreach ($text in 'foreach -bogus ($i in 1..2) { $i }', 'foreach -par ($i in 1..2) { $i }',
        'foreach -throttle 2 ($i in 1..2) { $i }', "foreach `n-parallel `n(`$i in 1..2) { `$i }",
        'foreach -parallel -throttlelimit 4 ($i in 1..2) { $i }') {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$errors)
    "$($errors.Count): $(($errors | ForEach-Object ErrorId) -join ',')"
}
$errors = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput('foreach -bogus ($i in 1) {}', [ref]$null, [ref]$errors)
$errors[0].Message
